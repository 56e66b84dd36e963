import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuProfileFlags, sourceMapFlags } from './child-node-flags.js';

describe('cpuProfileFlags', () => {
  it('adds nothing without a directory', () => {
    expect(cpuProfileFlags(undefined, 'catalog-0')).toEqual([]);
  });

  it('makes a node process write <instance>.cpuprofile into the directory when it exits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpu-prof-'));
    try {
      execFileSync(process.execPath, [...cpuProfileFlags(dir, 'catalog-0'), '-e', 'process.exit(0)']);
      const profile = JSON.parse(fs.readFileSync(path.join(dir, 'catalog-0.cpuprofile'), 'utf8'));
      expect(profile.nodes.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sourceMapFlags', () => {
  const stackOf = (flags: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-maps-'));
    try {
      const map = { version: 3, sources: ['thrower.ts'], names: [], mappings: 'AAAA' };
      fs.writeFileSync(path.join(dir, 'thrower.js.map'), JSON.stringify(map));
      const script = 'console.log(new Error("boom").stack);\n//# sourceMappingURL=thrower.js.map\n';
      fs.writeFileSync(path.join(dir, 'thrower.js'), script);
      return execFileSync(process.execPath, [...flags, path.join(dir, 'thrower.js')]).toString();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('names the .ts source in stack traces when on', () => {
    expect(stackOf(sourceMapFlags(true))).toContain('thrower.ts:1');
  });

  it('leaves stack traces in the built file when off (the default)', () => {
    const stack = stackOf(sourceMapFlags(false));
    expect(stack).toContain('thrower.js:1');
    expect(stack).not.toContain('thrower.ts');
  });
});
