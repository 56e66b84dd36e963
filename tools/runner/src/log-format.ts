// Turns a pino JSON log line into `HH:MM:SS LEVEL msg key=value…` for people reading a terminal.
import { colors, paint, type AnsiCode } from './ansi.js';

const levels: ReadonlyMap<number, [string, AnsiCode]> = new Map([
  [10, ['TRACE', colors.gray]],
  [20, ['DEBUG', colors.gray]],
  [30, ['INFO', colors.green]],
  [40, ['WARN', colors.yellow]],
  [50, ['ERROR', colors.red]],
  [60, ['FATAL', colors.magenta]],
]);

// Fields every line carries or the tag already shows.
const noise = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'instance', 'v']);

type LogRecord = Record<string, unknown> & { level: number };

/** Formats one output line as readable lines; anything that is not a pino JSON line is kept as is. */
export function formatLogLine(line: string, options: { pretty: boolean; color: boolean }): string[] {
  const record = options.pretty ? parseLogRecord(line) : null;
  if (!record) return [line];
  const head = [clock(record.time), levelLabel(record.level, options.color), String(record.msg ?? '')];
  const fields = Object.entries(record)
    .filter(([key]) => !noise.has(key))
    .map(([key, value]) => `${paint(`${key}=`, colors.dim, options.color)}${formatValue(value)}`);
  return [[...head, ...fields].join(' '), ...stackLines(record.err)];
}

/** Parses a line as a pino record (a JSON object with a numeric level); null for anything else. */
export function parseLogRecord(line: string): LogRecord | null {
  if (!line.trimStart().startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(line);
    const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isRecord && typeof (value as LogRecord).level === 'number' ? (value as LogRecord) : null;
  } catch {
    return null;
  }
}

function clock(time: unknown): string {
  const date = typeof time === 'number' ? new Date(time) : new Date();
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

function levelLabel(level: number, color: boolean): string {
  const [label, code] = levels.get(level) ?? [`L${level}`, colors.gray];
  return paint(label.padEnd(5), code, color);
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (isError(value)) return JSON.stringify(value.message ?? value.type ?? 'error');
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function stackLines(err: unknown): string[] {
  if (!isError(err) || typeof err.stack !== 'string') return [];
  return err.stack.split('\n').map((line) => `    ${line.trim()}`);
}

function isError(value: unknown): value is { message?: string; type?: string; stack?: string } {
  return typeof value === 'object' && value !== null && 'stack' in value;
}
