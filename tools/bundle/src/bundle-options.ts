// How a process is bundled. The bundle is ES module code like the tsc output it starts from, with
// every package inlined except those that must be loaded from node_modules at run time.
import type { BuildOptions } from 'esbuild';

/**
 * Packages loaded from node_modules at run time, never inlined: native addons (they find their
 * `.node` binary by path), pino (its transports run in worker threads that load files by path),
 * pg (the OpenTelemetry pg instrumentation patches the copy require() loads: ADR 0019) and pg's
 * optional native driver, which is not installed.
 */
export const runtimePackages = ['better-sqlite3', 'argon2', 'pino', 'pino-pretty', 'pg', 'pg-native'];

// CommonJS packages inlined into an ES module still call require() for Node's built-ins.
const requireShim =
  "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);";

/** The esbuild options shared by every process bundle (entry points and output are added per build). */
export const bundleOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: runtimePackages,
  banner: { js: requireShim },
  // whitespace and syntax only: names stay readable in profiles and in traces without a map
  minifyWhitespace: true,
  minifySyntax: true,
  // the map follows tsc's own maps back to the .ts sources; the sources themselves stay on disk
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
};
