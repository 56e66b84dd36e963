import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyClosure, importedExternals, neededAtRunTime } from './runtime-packages.js';

const nodeModules = mkdtempSync(join(tmpdir(), 'bazaar-images-closure-'));
afterAll(() => rmSync(nodeModules, { recursive: true, force: true }));

/** Writes a fake package with these dependencies. */
function fakePackage(
  name: string,
  dependencies: Record<string, string> = {},
  optionalDependencies: Record<string, string> = {},
): void {
  mkdirSync(join(nodeModules, name), { recursive: true });
  writeFileSync(
    join(nodeModules, name, 'package.json'),
    JSON.stringify({ name, dependencies, optionalDependencies }),
  );
}

describe('runtime packages', () => {
  it('finds the packages a bundle imports, statically or dynamically, leaving out built-ins and its own chunks', () => {
    const code =
      'import x from"pino";import{a}from"./chunk-1.js";import f from"node:fs";import p from"path";' +
      'const a=await import("argon2"),g=await import("pg"),o=await import("@opentelemetry/api/x")';
    expect(importedExternals(code)).toEqual(['@opentelemetry/api', 'argon2', 'pg', 'pino']);
  });

  it('follows dependencies, installed optional ones, and leaves out install-time tools', () => {
    fakePackage('addon', { bindings: '1', 'prebuild-install': '7' }, { 'not-installed': '1', extra: '1' });
    fakePackage('bindings', { 'file-uri-to-path': '1' });
    fakePackage('file-uri-to-path');
    fakePackage('extra');
    fakePackage('prebuild-install', { tar: '1' });
    expect(dependencyClosure(nodeModules, ['addon'])).toEqual([
      'addon',
      'bindings',
      'extra',
      'file-uri-to-path',
    ]);
  });

  it('keeps of a native addon its code and built binary, not its sources or objects', () => {
    const addon = { nativeAddon: true, builtHere: true };
    expect(
      ['lib/index.js', 'package.json', 'build', 'build/Release', 'build/Release/x.node'].every((path) =>
        neededAtRunTime(path, addon),
      ),
    ).toBe(true);
    const left = [
      'deps/sqlite3.c',
      'src/addon.cpp',
      'build/Release/obj.target/x.node',
      'build/Makefile',
      'prebuilds/linux-x64/x.node',
      'binding.gyp',
      'README.md',
    ];
    expect(left.filter((path) => neededAtRunTime(path, addon))).toEqual([]);
    expect(neededAtRunTime('src/index.js', { nativeAddon: false, builtHere: false })).toBe(true);
    expect(neededAtRunTime('prebuilds/linux-x64/x.node', { nativeAddon: true, builtHere: false })).toBe(true);
  });
});
