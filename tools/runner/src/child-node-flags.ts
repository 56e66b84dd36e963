// The Node.js options every child process starts with (see docs/decisions/0011-bundled-processes.md).

/**
 * `--enable-source-maps`: stack traces name the .ts sources, not the bundle.
 * `--max-semi-space-size`: a young generation of at most 2 × 2 MB semi-spaces instead of 2 × 16 MB,
 * so an idle process does not keep tens of MB of young space it grew during start.
 */
export const childNodeFlags: readonly string[] = ['--enable-source-maps', '--max-semi-space-size=2'];
