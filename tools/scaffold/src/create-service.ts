// Writes a new service's files and registers it; every file is computed before the first write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import {
  nextPortOffset,
  withDeclaredService,
  withDocumentedService,
  withReference,
} from './register-service.js';
import type { ServiceName } from './service-name.js';
import { apiTestTs } from './templates/test-files.js';
import { contractFiles, migrationFiles, routesTs, schemaTs, subscriberTs } from './templates/inner-files.js';
import { packageJson, readme, tsconfigJson, vitestConfig } from './templates/package-files.js';
import { appTs, configTs, mainTs, serviceTs } from './templates/service-files.js';

/** What was created: the port offset taken and the shared files changed. */
export interface CreatedService {
  port: number;
  changed: string[];
}

/** Creates services/<name> and its contract folder, and registers the service (formatted by prettier). */
export async function createService(repoRoot: string, n: ServiceName): Promise<CreatedService> {
  const port = nextPortOffset();
  const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
  const dir = `services/${n.kebab}`;
  const files: Record<string, string> = {
    'system/bazaar.system.ts': withDeclaredService(read('system/bazaar.system.ts'), n, port),
    'tsconfig.json': withReference(read('tsconfig.json'), n),
    'docs/architecture.md': withDocumentedService(read('docs/architecture.md'), n, port),
    ...contractFiles(n),
    ...prefixed(dir, serviceFiles(n, port, versionsOf(read('services/cart/package.json')))),
  };
  const formatted = await formatAll(repoRoot, files);
  for (const [file, text] of Object.entries(formatted)) {
    mkdirSync(path.dirname(path.join(repoRoot, file)), { recursive: true });
    writeFileSync(path.join(repoRoot, file), text);
  }
  return { port, changed: ['system/bazaar.system.ts', 'tsconfig.json', 'docs/architecture.md'] };
}

function serviceFiles(
  n: ServiceName,
  port: number,
  versions: Record<string, string>,
): Record<string, string> {
  return {
    'package.json': packageJson(n, versions),
    'tsconfig.json': tsconfigJson(),
    'vitest.config.ts': vitestConfig(n),
    'README.md': readme(n),
    'src/main.ts': mainTs(n),
    'src/service.ts': serviceTs(n),
    'src/config.ts': configTs(n, port),
    'src/app.ts': appTs(n),
    [`src/data/${n.kebab}-schema.ts`]: schemaTs(n),
    ...migrationFiles(n),
    'src/events/count-new-users.ts': subscriberTs(n),
    [`src/http/${n.kebab}.routes.ts`]: routesTs(n),
    [`src/${n.kebab}.api.test.ts`]: apiTestTs(n),
  };
}

/** Every file as the repository's prettier settings format it (markdown is left as written). */
async function formatAll(repoRoot: string, files: Record<string, string>): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([file, text]) => {
      if (file.endsWith('.md')) return [file, text] as const;
      const filepath = path.join(repoRoot, file);
      const options = (await prettier.resolveConfig(filepath)) ?? {};
      return [file, await prettier.format(text, { ...options, filepath })] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function prefixed(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [`${dir}/${file}`, text]));
}

/** The dependency versions an existing service uses, so a new one matches them. */
function versionsOf(manifest: string): Record<string, string> {
  return (JSON.parse(manifest) as { dependencies: Record<string, string> }).dependencies;
}
