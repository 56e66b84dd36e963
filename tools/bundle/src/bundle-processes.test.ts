import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleProcesses } from './bundle-processes.js';

let root = '';
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

function run(file: string): { stdout: string; stderr: string } {
  try {
    return {
      stdout: execFileSync(process.execPath, ['--enable-source-maps', path.join(root, file)]).toString(),
      stderr: '',
    };
  } catch (error) {
    const failed = error as { stdout: Buffer; stderr: Buffer };
    return { stdout: failed.stdout.toString(), stderr: failed.stderr.toString() };
  }
}

describe('bundleProcesses', () => {
  it('writes one bundle per process that runs CommonJS packages calling require() for built-ins', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    write('node_modules/greeting/package.json', '{ "name": "greeting", "main": "index.js" }');
    write(
      'node_modules/greeting/index.js',
      "const os = require('node:os'); module.exports = (who) => 'hi ' + who + os.EOL;",
    );
    write('a/dist/main.js', "import greet from 'greeting';\nprocess.stdout.write(greet('a'));\n");
    write('b/dist/main.js', "import greet from 'greeting';\nprocess.stdout.write(greet('b'));\n");

    const inputs = await bundleProcesses(root, [
      { entry: 'a/dist/main.js', bundle: 'a/dist/main.bundle.js' },
      { entry: 'b/dist/main.js', bundle: 'b/dist/main.bundle.js' },
    ]);

    expect(run('a/dist/main.bundle.js').stdout).toBe(`hi a${os.EOL}`);
    expect(run('b/dist/main.bundle.js').stdout).toBe(`hi b${os.EOL}`);
    expect(inputs).toContain(path.join(root, 'node_modules/greeting/index.js'));
  });

  it('keeps stack traces pointing at the file and line the error was thrown from', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    write('svc/dist/fail.js', "export function fail() {\n  throw new Error('boom');\n}\n");
    write('svc/dist/main.js', "import { fail } from './fail.js';\nfail();\n");

    await bundleProcesses(root, [{ entry: 'svc/dist/main.js', bundle: 'svc/dist/main.bundle.js' }]);

    expect(run('svc/dist/main.bundle.js').stderr).toMatch(/svc\/dist\/fail\.js:2/);
  });
});
