// The one message people look for: where the store is, and how long it took to get there.
import { colors, paint } from './ansi.js';

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
