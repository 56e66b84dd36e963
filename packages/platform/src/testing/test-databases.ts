import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { DatabaseEngine, DatabaseLocation } from '../data/database.js';
import { dropPostgresDatabase, serviceDatabaseUrl } from '../data/postgres-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the global setup in tools/test-env: the servers reachable in this run. */
    servers: { postgresUrl: string | null; amqpUrl: string | null };
  }
}

/** One engine a service suite runs on, and whether its server is reachable in this run. */
export interface EngineUnderTest {
  engine: DatabaseEngine;
  available: boolean;
}

/** SQLite always; PostgreSQL too (skipped, and said so, when its server is unreachable). */
export function enginesUnderTest(): EngineUnderTest[] {
  return [
    { engine: 'sqlite', available: true },
    { engine: 'postgres', available: inject('servers').postgresUrl !== null },
  ];
}

/** A fresh, empty database location for one test suite, and the function that removes it. */
export interface TestDatabaseLocation {
  location: DatabaseLocation;
  cleanup(): Promise<void>;
}

/** Makes a new empty database for `service` on `engine`: a temp SQLite folder or a new PostgreSQL database. */
export function createTestDatabaseLocation(service: string, engine: DatabaseEngine): TestDatabaseLocation {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bazaar-${service}-`));
  const removeDir = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') return { location: { service, dataDir }, cleanup: removeDir };
  const serverUrl = inject('servers').postgresUrl;
  if (!serverUrl) throw new Error('PostgreSQL is not reachable in this run');
  const url = serviceDatabaseUrl(serverUrl, `test_${service}_${randomBytes(4).toString('hex')}`);
  return {
    location: { service, dataDir, serviceDatabaseUrl: url },
    cleanup: async () => {
      await dropPostgresDatabase(url);
      await removeDir();
    },
  };
}
