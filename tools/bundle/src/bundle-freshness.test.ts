import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUpToDate, recordInputs } from './bundle-freshness.js';

let dir = '';
const file = (name: string) => path.join(dir, name);
const age = (name: string, secondsAgo: number) => {
  const at = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file(name), at, at);
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'freshness-'));
  for (const name of ['input.js', 'bundle.js', 'installed.json']) fs.writeFileSync(file(name), '');
  recordInputs(file('stamp.json'), [file('input.js')]);
  for (const name of ['input.js', 'bundle.js', 'installed.json']) age(name, 60);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('isUpToDate', () => {
  it('is up to date when nothing changed since the stamp', () => {
    expect(isUpToDate(file('stamp.json'), [file('bundle.js')], [file('installed.json')])).toBe(true);
  });

  it('is stale when an input changed after the stamp', () => {
    age('input.js', -5);
    expect(isUpToDate(file('stamp.json'), [file('bundle.js')], [])).toBe(false);
  });

  it('is stale when a watched file changed, or an input or a bundle is gone, or there is no stamp', () => {
    age('installed.json', -5);
    expect(isUpToDate(file('stamp.json'), [file('bundle.js')], [file('installed.json')])).toBe(false);
    expect(isUpToDate(file('stamp.json'), [file('missing-bundle.js')], [])).toBe(false);
    expect(isUpToDate(file('no-stamp.json'), [file('bundle.js')], [])).toBe(false);
    fs.rmSync(file('input.js'));
    expect(isUpToDate(file('stamp.json'), [file('bundle.js')], [])).toBe(false);
  });
});
