// A setup file: when a test fails, what every system still running has printed is written to
// e2e/artifacts/logs/, which CI keeps, so a failure seen once in CI can be read afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach } from 'vitest';
import { liveSystems } from './system.js';

const logsDir = fileURLToPath(new URL('../artifacts/logs/', import.meta.url));
const keptLines = 20_000;

beforeEach(({ onTestFailed, task }) => {
  onTestFailed(() => {
    fs.mkdirSync(logsDir, { recursive: true });
    const test = `${path.basename(task.file.name, '.e2e.test.ts')}--${task.name}`;
    for (const system of liveSystems()) {
      const file = path.join(logsDir, `${fileNameOf(test)}--${system.port}.log`);
      fs.writeFileSync(file, system.output().split('\n').slice(-keptLines).join('\n'));
      console.error(`the output of the system at ${system.baseUrl} is kept in ${file}`);
    }
  });
});

function fileNameOf(text: string): string {
  return text.replace(/[^a-z0-9.-]+/gi, '-').slice(0, 120);
}
