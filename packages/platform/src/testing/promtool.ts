// `promtool check metrics` (Prometheus's own linter of the text format and its naming rules), for
// tests that prove a process's /metrics is what a real Prometheus expects.
import { spawn } from 'node:child_process';

/** promtool's complaints about a /metrics text; empty when it passes. Throws when promtool is missing. */
export function promtoolMetricsProblems(text: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('promtool', ['check', 'metrics'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const problems = output.split('\n').filter((line) => line.trim() !== '');
      resolve(code === 0 ? [] : problems.length > 0 ? problems : [`promtool exited with ${code}`]);
    });
    child.stdin.end(text);
  });
}
