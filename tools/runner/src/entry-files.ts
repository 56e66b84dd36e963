// Where a process's code is. tsc compiles each package to `<dir>/dist/main.js`; tools/bundle turns
// that file and everything it imports into one bundle beside it, and the runner starts the bundle.

/** The tsc output a process starts from: `<dir>/dist/main.js` (what `npm start -w <package>` runs). */
export function compiledEntryOf(dir: string): string {
  return `${dir}/dist/main.js`;
}

/** The one-file bundle of a process the runner starts: `<dir>/dist/main.bundle.js`, map beside it. */
export function bundledEntryOf(dir: string): string {
  return `${dir}/dist/main.bundle.js`;
}
