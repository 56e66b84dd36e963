// The production packages a bundle loads from node_modules at run time (the ones esbuild leaves
// out), with every package they depend on, and the files of each that running needs.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** A bare import of a package or a file of one: `pg`, `@scope/name`, `name/sub/path.js`. */
const packageSpecifier = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/;

/** The packages a bundle's code imports from node_modules (scanned from its text and its chunks'):
 * whatever esbuild left external, so a package tools/bundle keeps out is staged without a list here. */
export function importedExternals(code: string): string[] {
  const found = new Set<string>();
  for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)"([^"]+)"/g)) {
    if (!specifier || !packageSpecifier.test(specifier)) continue; // relative, or text that only looks like one
    if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
    const parts = specifier.split('/');
    found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...found].sort();
}

/** Dependencies that only install or build an addon, never loaded when it runs. */
const installTimeOnly = new Set(['prebuild-install', 'node-addon-api', 'node-gyp-build-optional-packages']);

/** A package's runtime dependencies, as its package.json lists them. */
function dependenciesOf(nodeModules: string, name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  const optional = Object.keys(manifest.optionalDependencies ?? {}).filter((dep) =>
    existsSync(join(nodeModules, dep)),
  );
  return [...Object.keys(manifest.dependencies ?? {}), ...optional].filter(
    (dep) => !installTimeOnly.has(dep),
  );
}

/** The packages (top-level in `nodeModules`) that `roots` need at run time, roots included, sorted. */
export function dependencyClosure(nodeModules: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name) || !existsSync(join(nodeModules, name, 'package.json'))) continue;
    seen.add(name);
    pending.push(...dependenciesOf(nodeModules, name));
  }
  return [...seen].sort();
}

/** What is known of a package when choosing its files. */
export interface PackageShape {
  /** It has a binding.gyp: a native addon. */
  readonly nativeAddon: boolean;
  /** Its addon was built here (build/Release/*.node), so its prebuilt binaries are not needed. */
  readonly builtHere: boolean;
}

/** Whether a file or folder of a package is needed to run it; of a native addon only its built `.node`, no sources. */
export function neededAtRunTime(relativePath: string, shape: PackageShape): boolean {
  if (/\.(md|markdown|map)$/i.test(relativePath)) return false;
  if (!shape.nativeAddon) return true;
  const [top] = relativePath.split('/');
  if (top === 'deps' || top === 'src' || (top === 'prebuilds' && shape.builtHere)) return false;
  if (top === 'build') return builtAddonPath(relativePath);
  return !/\.(gyp|gypi|c|cc|cpp|h|hpp)$/i.test(relativePath);
}

/** Whether a path under build/ is, or leads to, a built addon: build, build/Release, build/Release/x.node. */
function builtAddonPath(relativePath: string): boolean {
  if (relativePath === 'build' || relativePath === 'build/Release') return true;
  const parts = relativePath.split('/');
  return (
    parts.length === 3 &&
    parts[1] === 'Release' &&
    relativePath.endsWith('.node') &&
    !relativePath.includes('test_extension')
  );
}
