import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const platformDir = fileURLToPath(new URL('../..', import.meta.url));

// Each child opens the same new SQLite file with the same migrations, as replicas starting at once do.
const replica = `
import { openDatabase } from '@bazaar/platform';
import { sql } from 'kysely';
const migrations = {
  '0001-create-things': { up: (db) => db.schema.createTable('things').addColumn('id', 'text', (c) => c.primaryKey()).execute() },
  '0002-add-name': { up: (db) => db.schema.alterTable('things').addColumn('name', 'text').execute() },
};
const database = await openDatabase({ service: 'race', dataDir: process.argv[1] }, migrations);
await sql\`insert into things (id, name) values (\${String(process.pid)}, 'x')\`.execute(database.db);
await database.close();
`;

describe('opening a SQLite database', () => {
  it('lets several processes migrate the same new file at once, each exactly once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-race-'));
    const starts = Array.from({ length: 6 }, () =>
      run(process.execPath, ['--input-type=module', '-e', replica, dataDir], { cwd: platformDir }),
    );
    await Promise.all(starts);
    const check = `import Database from 'better-sqlite3'; const db = new Database(process.argv[1]);
      console.log(JSON.stringify({ rows: db.prepare('select count(*) n from things').get().n,
      migrations: db.prepare('select count(*) n from schema_migrations').get().n }));`;
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', check, path.join(dataDir, 'race.sqlite')],
      {
        cwd: platformDir,
      },
    );
    expect(JSON.parse(stdout)).toEqual({ rows: 6, migrations: 2 });
  });
});
