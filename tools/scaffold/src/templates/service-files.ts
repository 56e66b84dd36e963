// The start of a new service: main.ts, service.ts, config.ts and app.ts, in the house style.
import type { ServiceName } from '../service-name.js';

/** `src/main.ts`. */
export function mainTs(n: ServiceName): string {
  return `// ${n.kebab}: see README.md and its entry in system/bazaar.system.ts.
import { runService } from '@bazaar/platform';
import { ${n.camel}Service } from './service.js';

await runService(${n.camel}Service);
`;
}

/** `src/service.ts`: how the service starts, in main.ts and in tests alike. */
export function serviceTs(n: ServiceName): string {
  return `import type { ServiceDefinition } from '@bazaar/platform';
import { buildApp } from './app.js';
import { ${n.camel}ConfigSchema } from './config.js';
import type { ${n.pascal}Schema } from './data/${n.kebab}-schema.js';
import { ${n.camel}Migrations } from './data/migrations/index.js';

/** ${n.kebab}: how it starts, in main.ts and in tests alike (see @bazaar/platform's startService). */
export const ${n.camel}Service: ServiceDefinition<typeof ${n.camel}ConfigSchema, ${n.pascal}Schema> = {
  service: '${n.kebab}',
  configSchema: ${n.camel}ConfigSchema,
  migrations: ${n.camel}Migrations,
  buildApp,
};
`;
}

/** `src/config.ts`: the only file that reads the environment. */
export function configTs(n: ServiceName, port: number): string {
  return `import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** ${n.kebab}'s configuration: the common keys, its port and its own database URL. */
export const ${n.camel}ConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(${7100 + port}),
  ...serviceDatabaseConfig('${n.kebab}'),
});

/** ${n.kebab}'s validated configuration. */
export type ${n.pascal}Config = Type.Static<typeof ${n.camel}ConfigSchema>;
`;
}

/** `src/app.ts`: routes and subscriptions; no I/O, never listens. */
export function appTs(n: ServiceName): string {
  return `import { createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import type { ${n.pascal}Config } from './config.js';
import type { ${n.pascal}Schema } from './data/${n.kebab}-schema.js';
import { subscribeCountNewUsers } from './events/count-new-users.js';
import { register${n.pascal}Routes } from './http/${n.kebab}.routes.js';

/** What ${n.kebab}'s app is built from. */
export interface ${n.pascal}AppDeps {
  config: ${n.pascal}Config;
  resources: ServiceResources<${n.pascal}Schema>;
}

/** Builds ${n.kebab}'s HTTP app and declares its subscription; it owns database and bus from now on. */
export async function buildApp({ resources }: ${n.pascal}AppDeps): Promise<HttpApp> {
  const app = await createHttpServer({ ...resources.httpOptions, description: '${n.kebab}: a service of Bazaar.' });
  register${n.pascal}Routes(app, resources.database);
  subscribeCountNewUsers(resources.bus);
  return app;
}
`;
}
