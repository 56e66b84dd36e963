// The package around a new service: package.json, tsconfig, vitest config and README.
import type { ServiceName } from '../service-name.js';

/** `services/<name>/package.json`, with the versions the repository's services use. */
export function packageJson(name: ServiceName, versions: Record<string, string>): string {
  const manifest = {
    name: `@bazaar/${name.kebab}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `${name.kebab}: a service of Bazaar (created by npm run new:service).`,
    main: 'dist/main.js',
    scripts: {
      build: 'tsc -b',
      test: 'vitest run',
      lint: 'eslint .',
      typecheck: 'tsc -p ../../tsconfig.check.json',
      start: 'node dist/main.js',
    },
    dependencies: {
      '@bazaar/contracts': '*',
      '@bazaar/platform': '*',
      fastify: versions.fastify,
      kysely: versions.kysely,
      typebox: versions.typebox,
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `services/<name>/tsconfig.json`. */
export function tsconfigJson(): string {
  return `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "composite": true,
    "rootDir": "src",
    "outDir": "dist",
    "tsBuildInfoFile": "dist/.tsbuildinfo"
  },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.test.ts"],
  "references": [{ "path": "../../packages/platform" }, { "path": "../../packages/contracts" }]
}
`;
}

/** `services/<name>/vitest.config.ts`. */
export function vitestConfig(name: ServiceName): string {
  return `import { defineProject } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.ts';

export default defineProject(packageTestConfig('${name.kebab}'));
`;
}

/** `services/<name>/README.md`: purpose, owns, publishes, consumes, config. */
export function readme(name: ServiceName): string {
  return `# ${name.kebab}

What ${name.kebab} is for, in a line (also its \`purpose\` in \`system/bazaar.system.ts\`).

- **Owns**: \`${name.snake}_members\` (the users it has heard of), in its own database.
- **Publishes**: nothing yet.
- **Consumes**: \`${name.kebab}.count-new-users\` ← identity.user.registered.
- **Config**: the common keys only (\`${name.snake.toUpperCase()}_DATABASE_URL\` for its own database).

Routes are in its \`/openapi.json\`. Its place in the system (port, calls, scaling) is declared in
\`system/bazaar.system.ts\`; \`npm test -w @bazaar/${name.kebab}\` runs its tests on SQLite and PostgreSQL.
`;
}
