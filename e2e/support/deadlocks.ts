// What a system's databases and logs say of deadlocks: PostgreSQL's own per-database counter, read
// once every backend of the system has exited (each flushes its statistics as it exits).
import pg from 'pg';
import { eventually } from './eventually.js';

/** The database names a backend's environment points the services at (`<SERVICE>_DATABASE_URL`). */
export function databasesOf(env: Record<string, string>): string[] {
  return Object.entries(env)
    .filter(([key]) => key.endsWith('_DATABASE_URL'))
    .map(([, url]) => decodeURIComponent(new URL(url).pathname.slice(1)));
}

/**
 * PostgreSQL's `deadlocks` count summed over `databases` (pg_stat_database), once no backend is
 * connected to any of them any more; call it after the system has stopped.
 */
export async function deadlocksIn(serverUrl: string, databases: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await eventually(
      async () => {
        const { rows } = await client.query<{ n: string }>(
          'select count(*) as n from pg_stat_activity where datname = any($1)',
          [databases],
        );
        return Number(rows[0]?.n) === 0;
      },
      { timeoutMs: 30_000, what: "the system's database connections to close" },
    );
    const { rows } = await client.query<{ n: string | null }>(
      'select sum(deadlocks) as n from pg_stat_database where datname = any($1)',
      [databases],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Lines of a system's output that tell of a deadlock or a handler that lost to another transaction. */
export function deadlockLines(output: string): string[] {
  return output.split('\n').filter((line) => /deadlock detected|lost to another transaction/i.test(line));
}
