import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuProfileFlags } from './child-node-flags.js';

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
