// Lays out the build context of one process's image: its bundle where its chunk imports expect
// it, the chunks, the production packages it loads, the storefront for the gateway, an entry file
// and a health check. Nothing else of the repository goes in.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProcessDeclaration } from '@bazaar/system';
import { dependencyClosure, importedExternals, neededAtRunTime } from './runtime-packages.js';

/** The folder, relative to the repository root, the bundles' shared chunks are in (tools/bundle). */
const chunkDir = 'dist/bundle-chunks';

/** The file the image runs: it loads the process's bundle. */
export function entryFileText(spec: ProcessDeclaration): string {
  return `// Runs ${spec.name}: its bundle, laid out as in the repository so its chunk imports resolve.\nimport './${spec.dir}/dist/main.bundle.js';\n`;
}

/** The image's health check: exit 0 when the process answers /health/live on its port. */
export const healthCheckText = `// The image's HEALTHCHECK: the process answers /health/live on PORT.
const response = await fetch(\`http://127.0.0.1:\${process.env.PORT ?? '8080'}/health/live\`).catch(() => undefined);
process.exit(response?.ok ? 0 : 1);
`;

/** The bundle's code and that of every chunk (so the externals they import can be found). */
function bundleAndChunksText(root: string, spec: ProcessDeclaration): string {
  const chunks = readdirSync(join(root, chunkDir)).filter((file) => file.endsWith('.js'));
  return [join(spec.dir, 'dist/main.bundle.js'), ...chunks.map((file) => join(chunkDir, file))]
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
}

/** Copies one package from node_modules, leaving out what running does not need. */
function copyPackage(nodeModules: string, name: string, target: string): void {
  const source = join(nodeModules, name);
  const shape = {
    nativeAddon: existsSync(join(source, 'binding.gyp')),
    builtHere:
      existsSync(join(source, 'build/Release')) &&
      readdirSync(join(source, 'build/Release')).some((file) => file.endsWith('.node')),
  };
  cpSync(source, join(target, name), {
    recursive: true,
    dereference: true,
    filter: (path) => path === source || neededAtRunTime(relative(source, path), shape),
  });
}

/** Writes the build context of a process under `contextDir` (emptied first); returns its packages. */
export function stageContext(root: string, spec: ProcessDeclaration, contextDir: string): string[] {
  const app = join(contextDir, 'app');
  rmSync(contextDir, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  cpSync(join(root, spec.dir, 'dist/main.bundle.js'), join(app, spec.dir, 'dist/main.bundle.js'));
  cpSync(join(root, chunkDir), join(app, chunkDir), {
    recursive: true,
    filter: (path) => !path.endsWith('.map'),
  });
  if (spec.kind === 'gateway')
    cpSync(join(root, 'apps/web/dist'), join(app, 'apps/web/dist'), { recursive: true });
  const nodeModules = join(root, 'node_modules');
  const packages = dependencyClosure(nodeModules, importedExternals(bundleAndChunksText(root, spec)));
  for (const name of packages) copyPackage(nodeModules, name, join(app, 'node_modules'));
  writeFileSync(join(app, 'main.mjs'), entryFileText(spec));
  writeFileSync(join(app, 'health-check.mjs'), healthCheckText);
  writeFileSync(join(app, 'package.json'), '{ "type": "module", "private": true }\n');
  return packages;
}
