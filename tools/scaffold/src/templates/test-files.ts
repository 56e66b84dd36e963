// The tests of a new service: over HTTP in-process, on SQLite and on PostgreSQL.
import type { ServiceName } from '../service-name.js';

/** `src/<name>.api.test.ts`. */
export function apiTestTs(n: ServiceName): string {
  return `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { UserRegistered } from '@bazaar/contracts/identity';
import type { ${n.pascal}Summary } from '@bazaar/contracts/${n.kebab}';
import type { HttpApp } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  enginesUnderTest,
  startServiceInProcess,
  waitUntil,
  type TestBusPeer,
  type TestDatabaseLocation,
} from '@bazaar/platform/testing';
import { ${n.camel}Service } from './service.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(\`${n.kebab} on \${engine}\`, () => {
    let testDatabase: TestDatabaseLocation;
    let peer: TestBusPeer;
    let app: HttpApp;
    const members = async () => (await app.inject({ method: 'GET', url: '/${n.kebab}' })).json<${n.pascal}Summary>();

    beforeAll(async () => {
      testDatabase = createTestDatabaseLocation('${n.kebab}', engine);
      peer = await createTestBusPeer({ dataDir: testDatabase.location.dataDir });
      ({ app } = await startServiceInProcess(${n.camel}Service, { location: testDatabase.location }));
    });
    afterAll(async () => {
      await app?.close();
      await peer?.close();
      await testDatabase?.cleanup();
    });

    it('has heard of nobody before anyone signs up', async () => {
      expect(await members()).toEqual({ members: 0 });
    });

    it('counts each user who signs up once', async () => {
      for (const name of ['Ada', 'Grace']) {
        await peer.publish(UserRegistered, {
          userId: \`usr_\${randomUUID()}\`,
          email: \`\${name.toLowerCase()}@example.com\`,
          name,
          registeredAt: new Date().toISOString(),
        });
      }
      await waitUntil(async () => (await members()).members === 2, 10_000, 'both sign-ups counted');
      expect(await members()).toEqual({ members: 2 });
    });

    it('answers its readiness and documents its route', async () => {
      expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
      const openapi = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: object }>();
      expect(Object.keys(openapi.paths)).toContain('/${n.kebab}');
    });
  });
}
`;
}
