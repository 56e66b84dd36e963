import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One measured row: what was measured, its numbers, and the goal it is judged against. */
export interface BenchRow {
  name: string;
  [metric: string]: string | number | boolean | null;
}

/** A benchmark's result as written to bench/results/<name>.json and .md. */
export interface BenchResult {
  bench: string;
  goal: string;
  rows: BenchRow[];
  verdict: string;
}

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/** Writes the result with the machine's description and time, as JSON and as a Markdown table. */
export function recordResult(result: BenchResult): void {
  fs.mkdirSync(resultsDir, { recursive: true });
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const full = { ...result, machine, measuredAt: new Date().toISOString() };
  fs.writeFileSync(path.join(resultsDir, `${result.bench}.json`), `${JSON.stringify(full, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, `${result.bench}.md`), toMarkdown(full));
  console.log(toMarkdown(full));
}

function toMarkdown(result: BenchResult & { machine: string; measuredAt: string }): string {
  const columns = [...new Set(result.rows.flatMap((row) => Object.keys(row)))];
  const line = (cells: unknown[]) => `| ${cells.map((cell) => String(cell ?? '')).join(' | ')} |`;
  return [
    `# ${result.bench}`,
    '',
    `Goal: ${result.goal}`,
    '',
    `Measured ${result.measuredAt} on ${result.machine}.`,
    '',
    line(columns),
    line(columns.map(() => '---')),
    ...result.rows.map((row) => line(columns.map((column) => row[column]))),
    '',
    `**Verdict:** ${result.verdict}`,
    '',
  ].join('\n');
}
