// The saga floor on the embedded backend with nothing of the kit. The embedded broker is physically
// a SQLite file shared by the processes (WAL, synchronous NORMAL) plus one doorbell file per queue
// that a publish writes a byte to and the consumers watch (fs.watch): so is this floor. A publish is
// one INSERT into bus.sqlite (its commit is the broker's confirm) and a ring; a consumer wakes on
// the ring, reads its queue's rows, commits its own row in its own SQLite file, then deletes the
// message (the ack). Each queue has one consumer here, so a read stands for the kit's leased claim.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FloorRole, FloorTransport } from './saga-floor-hops.js';

/** Opens the role's own file and the shared bus file in `dir`. */
export function openSqliteFloor(role: FloorRole, dir: string): FloorTransport {
  const own = openFile(path.join(dir, `${role}.sqlite`));
  own.exec(
    'create table if not exists floor_rows (chain integer not null, step text not null, ' +
      'committed_at integer not null, primary key (chain, step))',
  );
  const bus = openFile(path.join(dir, 'bus.sqlite'));
  bus.exec(
    'create table if not exists messages (seq integer primary key autoincrement, queue text not null, ' +
      'body text not null); create index if not exists messages_by_queue on messages (queue, seq)',
  );
  const bells = path.join(dir, 'doorbells');
  fs.mkdirSync(bells, { recursive: true });
  const insertRow = own.prepare('insert into floor_rows (chain, step, committed_at) values (?, ?, ?)');
  const insertMessage = bus.prepare('insert into messages (queue, body) values (?, ?)');
  const waiting = bus.prepare(
    'select seq, body from messages where queue = ? and seq > ? order by seq limit 20',
  );
  const remove = bus.prepare('delete from messages where seq = ?');
  const ringers = new Map<string, number>();
  let rings = 0;
  return {
    commit: async (chain, step) => void insertRow.run(chain, step, Date.now()),
    publish: async (hop, chain) => {
      insertMessage.run(hop.queue, String(chain));
      const fd = ringers.get(hop.queue) ?? fs.openSync(path.join(bells, hop.queue), 'r+');
      ringers.set(hop.queue, fd);
      fs.writeSync(fd, String(rings++ % 10), 0);
    },
    consume: async (hop, onMessage) => {
      let cursor = 0;
      const drain = async () => {
        for (;;) {
          const rows = waiting.all(hop.queue, cursor) as Array<{ seq: number; body: string }>;
          if (rows.length === 0) return;
          for (const row of rows) {
            cursor = row.seq;
            await onMessage(Number(row.body), () => remove.run(row.seq));
          }
        }
      };
      const bell = path.join(bells, hop.queue);
      fs.closeSync(fs.openSync(bell, 'a'));
      fs.watch(bell, wakeOnRing(drain)); // persistent: nothing else keeps a role alive
    },
  };
}

/** A ring handler that drains once at a time, and once more if it rang meanwhile. */
function wakeOnRing(drain: () => Promise<void>): () => void {
  let draining = false;
  let again = false;
  const wake = () => {
    if (draining) {
      again = true;
      return;
    }
    draining = true;
    void drain().finally(() => {
      draining = false;
      if (again) {
        again = false;
        wake();
      }
    });
  };
  return wake;
}

function openFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000'); // three processes write bus.sqlite; the floor has no retry loop
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}
