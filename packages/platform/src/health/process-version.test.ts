import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processVersion } from './process-version.js';

describe('the version of a process', () => {
  it('is the version of the package its entry file belongs to', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'version-'));
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'x', version: '3.1.4' }));
    expect(processVersion(path.join(root, 'dist', 'main.bundle.js'))).toBe('3.1.4');
  });

  it('is unknown when there is no entry file', () => {
    expect(processVersion('')).toBe('unknown');
  });
});
