// `npm run new:service -- wishlist` in a copy of the repository: bad names change nothing; the new
// service passes lint, typecheck and its own tests untouched, and `npm start` runs it, ready.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from './support/http.js';
import { copyRepository, type RepoCopy } from './support/repo-copy.js';
import { startSystem } from './support/system.js';

const run = promisify(execFile);
const minutes = 60_000;

describe('npm run new:service', () => {
  let copy: RepoCopy;
  const inCopy = (command: string, args: string[]) =>
    run(command, args, {
      cwd: copy.root,
      env: { ...process.env, CI: process.env.CI ?? '' },
      maxBuffer: 1 << 26,
    });
  const declaration = () => readFileSync(path.join(copy.root, 'system/bazaar.system.ts'), 'utf8');

  beforeAll(async () => {
    copy = await copyRepository();
    await inCopy('npm', ['run', '-s', 'build']);
  }, 5 * minutes);
  afterAll(async () => {
    await copy?.remove();
  });

  it.each([
    ['Wish_List', 'is not kebab-case'],
    ['gateway', 'is reserved'],
    ['orders', 'already exists'],
  ])('refuses %s (%s) and changes nothing', async (name, reason) => {
    const before = declaration();
    const failure = await inCopy('node', ['tools/scaffold/dist/main.js', name]).catch(
      (error: unknown) => error,
    );
    expect(String((failure as { stderr?: string }).stderr)).toContain(reason);
    expect(declaration()).toBe(before);
  });

  it(
    'creates wishlist, which passes lint, typecheck and its tests, and npm start runs it ready',
    async () => {
      await inCopy('npm', ['run', '-s', 'new:service', '--', 'wishlist']);
      expect(declaration()).toContain("consumes: [{ queue: 'wishlist.count-new-users'");
      const touched = ['services/wishlist', 'system', 'packages/contracts/src/wishlist', 'tsconfig.json'];
      await inCopy('npx', ['eslint', ...touched.filter((file) => !file.endsWith('.json'))]);
      await inCopy('npx', ['prettier', '--check', ...touched]);
      await inCopy('npm', ['run', '-s', 'typecheck']);
      const tests = await inCopy('npx', ['vitest', 'run', '--project', 'wishlist', '--project', 'system']);
      const summary = stripVTControlCharacters(tests.stdout);
      expect(summary).toMatch(/Tests\s+\d+ passed/);
      expect(summary).not.toMatch(/failed/);
      await inCopy('npm', ['run', '-s', 'build']); // the declaration changed: its dependents rebuild
      const system = await startSystem({ repoRoot: copy.root, readyTimeoutMs: 3 * minutes });
      try {
        const health = await fetchJson<{ services: Record<string, { status: string }> }>(
          `${system.baseUrl}/health/system`,
        );
        expect(health.body.services.wishlist?.status).toBe('ready');
        const { processes } = await system.pids();
        expect(processes.map((child) => child.instance)).toContain('wishlist-0');
      } finally {
        await system.remove();
      }
    },
    12 * minutes,
  );
});
