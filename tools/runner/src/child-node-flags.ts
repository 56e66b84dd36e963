// The Node.js options every child process starts with (see docs/decisions/0011-bundled-processes.md).

/**
 * `--max-semi-space-size`: a young generation of at most 2 × 2 MB semi-spaces instead of 2 × 16 MB,
 * so an idle process does not keep tens of MB of young space it grew during start.
 */
export const childNodeFlags: readonly string[] = ['--max-semi-space-size=2'];

/**
 * With SOURCE_MAPS on, `--enable-source-maps`: stack traces name the .ts sources, not the bundle's
 * chunks. Off by default: Node reads every chunk's map at start, and the first stack it formats
 * decodes that chunk's whole map and keeps it (the gateway held 50 MB more, ADR 0033).
 */
export function sourceMapFlags(enabled: boolean): string[] {
  return enabled ? ['--enable-source-maps'] : [];
}

/**
 * With CPU_PROFILE_DIR set, a child records a V8 CPU profile and writes it when it exits, as
 * `<dir>/<instance>.cpuprofile` (a restarted instance's replaces it; Chrome DevTools or speedscope
 * open it); none without a dir.
 * NODE_OPTIONS may not carry `--cpu-prof`, so the runner passes it on the command line.
 */
export function cpuProfileFlags(dir: string | undefined, instanceId: string): string[] {
  if (!dir) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${instanceId}.cpuprofile`];
}

/**
 * glibc's malloc settings for every child. A fixed mmap threshold (128 KiB, glibc's starting value)
 * keeps large blocks, such as Argon2's 19 MiB of hashing memory, in mappings that go back to the
 * system when freed; by default glibc raises the threshold after the first such free and then
 * keeps those blocks in the heap for good (identity grew from 86 to 150 MB after three signups).
 */
export const childMallocEnvironment: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '131072',
};
