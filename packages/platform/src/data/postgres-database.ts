import type pg from 'pg';

/** The pg driver. */
export type PgDriver = typeof pg;

/** Loads the pg driver on first use: a process on SQLite never loads it. */
export async function loadPg(): Promise<PgDriver> {
  return (await import('pg')).default;
}

/** The URL of database `bazaar_<service>` on the server that `serverUrl` points to. */
export function serviceDatabaseUrl(serverUrl: string, service: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/bazaar_${service.replaceAll('-', '_')}`;
  return url.toString();
}

/** Creates the database named in `databaseUrl` when it does not exist yet. */
export async function ensurePostgresDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Unsupported database name "${name}"`);
  url.pathname = '/postgres';
  const driver = await loadPg();
  const client = new driver.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`create database "${name}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

/** Drops a database (tests clean up the databases they made). */
export async function dropPostgresDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const driver = await loadPg();
  const client = new driver.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
