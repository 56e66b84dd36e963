// What the runner tells people: how to stop it, what is missing, and above all where the store is.
import { colors, paint } from './ansi.js';
import { readProcStat } from './proc-stat.js';

/** The "ready" banner (three lines). */
export function readyBanner(port: number, elapsedMs: number, color: boolean): string {
  const headline = `Bazaar is ready at http://localhost:${port}`;
  const took = `(started in ${(elapsedMs / 1000).toFixed(1)} s)`;
  const rule = paint('─'.repeat(headline.length + took.length + 4), colors.green, color);
  return [rule, `  ${paint(headline, colors.bold, color)}  ${took}`, rule].join('\n');
}

/** The warning printed when some processes are still not ready at the deadline. */
export function notReadyWarning(notReady: readonly string[], timeoutMs: number): string {
  const who = notReady.join(', ');
  return `not ready after ${timeoutMs / 1000} s: ${who}. They keep running (and restarting); see their logs above.`;
}

/** The first line: where the data lives and how to stop everything. */
export function startNotice(dataDir: string): string {
  const group = readProcStat()?.pgrp;
  const killHint = group ? `, or \`kill -- -${group}\` from elsewhere` : '';
  return `data in ${dataDir}; stop everything with Ctrl-C${killHint}`;
}

/** The warning for processes whose entry file has not been built. */
export function missingBuildsWarning(missing: readonly string[]): string {
  return `not built: ${missing.join(', ')}. They will keep failing and restarting until built.`;
}
