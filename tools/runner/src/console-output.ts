// Everything the runner prints goes through here: child lines behind a padded, coloured
// `name-r |` tag, and the runner's own messages behind `runner |`.
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { colors, paint, tagPalette, type AnsiCode } from './ansi.js';
import { formatLogLine } from './log-format.js';

/** Where and how the runner writes. */
export interface ConsoleOptions {
  readonly out: Writable;
  /** Turn pino JSON into readable text (when the output is a terminal). */
  readonly pretty: boolean;
  /** Use ANSI colours. */
  readonly color: boolean;
}

/** How a runner message should stand out. */
export type Tone = 'info' | 'warn';

/** The runner's console: one writer shared by every child and by the runner itself. */
export interface RunnerConsole {
  /** Prints one line a child wrote, formatted and tagged with the child's id. */
  childLine(id: string, line: string): void;
  /** Prints one of the runner's own messages (may span lines); 'warn' shows it in yellow. */
  say(message: string, tone?: Tone): void;
}

const runnerId = 'runner';
const toneColors: Record<Tone, AnsiCode | null> = { info: null, warn: colors.yellow };

/** Builds the console for these process ids (they set the tag width and colours). */
export function createConsole(ids: readonly string[], options: ConsoleOptions): RunnerConsole {
  const width = Math.max(runnerId.length, ...ids.map((id) => id.length));
  const tag = (id: string, code: AnsiCode) => `${paint(`${id.padEnd(width)} |`, code, options.color)} `;
  const tags = new Map(ids.map((id, index) => [id, tag(id, tagPalette[index % tagPalette.length] ?? 0)]));
  const write = (prefix: string, lines: string[]) =>
    options.out.write(lines.map((line) => `${prefix}${line}\n`).join(''));
  const toned = (line: string, tone: Tone) => {
    const code = toneColors[tone];
    return code === null ? line : paint(line, code, options.color);
  };
  return {
    childLine: (id, line) => write(tags.get(id) ?? tag(id, 0), formatLogLine(line, options)),
    say: (message, tone = 'info') =>
      write(
        tag(runnerId, colors.bold),
        message.split('\n').map((line) => toned(line, tone)),
      ),
  };
}

/** Calls onLine for every complete line of a stream (and for a last unterminated one). */
export function forEachLine(stream: Readable, onLine: (line: string) => void): void {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}
