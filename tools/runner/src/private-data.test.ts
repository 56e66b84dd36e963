import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDataPrivate } from './private-data.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('keepDataPrivate', () => {
  const umask = process.umask();
  afterEach(() => void process.umask(umask));

  it('closes a DATA_DIR an earlier start left readable, and what is in it', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'private-data-')), 'data');
    mkdirSync(path.join(dataDir, 'prometheus'), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(dataDir, 'identity.sqlite'), 'hashes', { mode: 0o644 });
    keepDataPrivate(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'identity.sqlite'))).toBe(0o600);
    expect(modeOf(path.join(dataDir, 'prometheus'))).toBe(0o700);
  });

  it('makes what is written afterwards private, as a child that inherits the umask would', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'private-data-')), 'data');
    keepDataPrivate(dataDir);
    writeFileSync(path.join(dataDir, 'bus.sqlite'), 'events');
    mkdirSync(path.join(dataDir, 'traces'));
    expect(modeOf(path.join(dataDir, 'bus.sqlite'))).toBe(0o600);
    expect(modeOf(path.join(dataDir, 'traces'))).toBe(0o700);
  });
});
