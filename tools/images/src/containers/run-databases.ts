// The PostgreSQL databases of one container run (`<prefix>_<service>`, made by each service on
// its first start), dropped with psql on this machine's server when the run starts and stops, as
// its broker vhost is: every run starts empty and leaves nothing behind.
import { spawnSync } from 'node:child_process';
import { databaseOwners, type SystemDeclaration } from '@bazaar/system';

/** The database name of a service in a run. */
export function runDatabaseName(prefix: string, service: string): string {
  return `${prefix.replaceAll('-', '_')}_${service.replaceAll('-', '_')}`;
}

/** Drops every database of a run; throws when psql fails. */
export function dropRunDatabases(system: SystemDeclaration, prefix: string): void {
  for (const service of databaseOwners(system)) {
    const sql = `drop database if exists "${runDatabaseName(prefix, service)}" with (force)`;
    const result = spawnSync(
      'psql',
      ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-q', '-c', sql],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
  }
}
