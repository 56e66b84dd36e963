// Builds the storefront into dist/: hashed files under assets/, and beside every text file its
// Brotli and gzip copies, which the gateway serves as they are (no compression per request).
import { promisify } from 'node:util';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes `<file>.br` and `<file>.gz` for every HTML, JS, CSS and SVG file of the build. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'bazaar-precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    async closeBundle() {
      const entries = await fs.readdir(outDir, { recursive: true, withFileTypes: true });
      const texts = entries.filter((entry) => entry.isFile() && /\.(html|js|css|svg)$/.test(entry.name));
      await Promise.all(
        texts.map(async (entry) => {
          const file = path.join(entry.parentPath, entry.name);
          const content = await fs.readFile(file);
          await fs.writeFile(`${file}.br`, await brotli(content));
          await fs.writeFile(`${file}.gz`, await gzip(content, { level: 9 }));
        }),
      );
    },
  };
}

export default defineConfig({
  resolve: { conditions: ['development'] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  plugins: [precompress()],
});
