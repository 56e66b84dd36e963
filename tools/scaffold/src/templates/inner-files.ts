// The inside of a new service: its schema and migration, a sample subscriber, one route and its declaration.
import type { ServiceName } from '../service-name.js';

/** `src/data/<name>-schema.ts`. */
export function schemaTs(n: ServiceName): string {
  return `import type { Bus, Database } from '@bazaar/platform';

/** A row of \`${n.snake}_members\`: a user ${n.kebab} has heard of. */
export interface ${n.pascal}MembersTable {
  user_id: string;
  joined_at: string;
}

/** ${n.kebab}'s tables, as Kysely sees them. */
export interface ${n.pascal}Schema {
  ${n.snake}_members: ${n.pascal}MembersTable;
}

/** ${n.kebab}'s database. */
export type ${n.pascal}Database = Database<${n.pascal}Schema>;

/** ${n.kebab}'s bus. */
export type ${n.pascal}Bus = Bus<${n.pascal}Schema>;
`;
}

/** `src/data/migrations/index.ts` and its first migration. */
export function migrationFiles(n: ServiceName): Record<string, string> {
  return {
    'src/data/migrations/index.ts': `import type { MigrationSet } from '@bazaar/platform';
import { createMembers } from './0001-create-members.js';

/** ${n.kebab}'s forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const ${n.camel}Migrations: MigrationSet = {
  '0001-create-members': createMembers,
};
`,
    'src/data/migrations/0001-create-members.ts': `import type { Kysely, Migration } from 'kysely';

/** Creates \`${n.snake}_members\`: one row per user ${n.kebab} has heard of. */
export const createMembers: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('${n.snake}_members')
      .addColumn('user_id', 'text', (column) => column.primaryKey())
      .addColumn('joined_at', 'text', (column) => column.notNull())
      .execute();
  },
};
`,
  };
}

/** `src/events/count-new-users.ts`: the sample subscriber (declared in system/bazaar.system.ts). */
export function subscriberTs(n: ServiceName): string {
  return `import { UserRegistered } from '@bazaar/contracts/identity';
import type { ${n.pascal}Bus } from '../data/${n.kebab}-schema.js';

/** \`${n.kebab}.count-new-users\`: remembers every user who signs up (a redelivery changes nothing). */
export function subscribeCountNewUsers(bus: ${n.pascal}Bus): void {
  bus.subscribe({
    queue: '${n.kebab}.count-new-users',
    events: [UserRegistered],
    handle: async (event, trx) => {
      await trx
        .insertInto('${n.snake}_members')
        .values({ user_id: event.data.userId, joined_at: event.time })
        .onConflict((conflict) => conflict.column('user_id').doNothing())
        .execute();
    },
  });
}
`;
}

/** \`src/http/<name>.routes.ts\`: registers the route declared in contracts. */
export function routesTs(n: ServiceName): string {
  return `import { ${n.camel}Routes } from '@bazaar/contracts/${n.kebab}';
import { registerRoute, type HttpApp } from '@bazaar/platform';
import type { ${n.pascal}Database } from '../data/${n.kebab}-schema.js';

/** Registers ${n.kebab}'s routes (declared in contracts): how many users it has heard of. */
export function register${n.pascal}Routes(app: HttpApp, database: ${n.pascal}Database): void {
  registerRoute(app, ${n.camel}Routes.getSummary, async () => {
    const row = await database.db
      .selectFrom('${n.snake}_members')
      .select((eb) => eb.fn.countAll<number>().as('members'))
      .executeTakeFirst();
    return { members: Number(row?.members ?? 0) };
  });
}
`;
}

/** \`packages/contracts/src/<name>/\`: the route's schema, its declaration and the folder's index. */
export function contractFiles(n: ServiceName): Record<string, string> {
  const dir = `packages/contracts/src/${n.kebab}`;
  return {
    [`${dir}/${n.kebab}.ts`]: `import Type from 'typebox';

/** \`GET /${n.kebab}\`: how many users ${n.kebab} has heard of. */
export const ${n.pascal}Summary = Type.Object({ members: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
export type ${n.pascal}Summary = Type.Static<typeof ${n.pascal}Summary>;
`,
    [`${dir}/${n.kebab}.routes.ts`]: `import { defineRoute, problemResponses } from '../routes/index.js';
import { ${n.pascal}Summary } from './${n.kebab}.js';

const tags = ['${n.kebab}'];

/** The ${n.kebab} service's operations. */
export const ${n.camel}Routes = {
  getSummary: defineRoute({
    method: 'GET',
    path: '/${n.kebab}',
    summary: 'How many users ${n.kebab} has heard of',
    tags,
    responses: { 200: ${n.pascal}Summary, ...problemResponses(503) },
  }),
};
`,
    [`${dir}/index.ts`]: `// ${n.kebab}'s HTTP schemas and operations: the ${n.kebab} service serves them, callers read them.
export * from './${n.kebab}.js';
export * from './${n.kebab}.routes.js';
`,
  };
}
