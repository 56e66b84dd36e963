import type SQLite from 'better-sqlite3';

/** The embedded broker's table of broadcast queues: one per live process, each with a lease it renews. */
export const broadcastQueuesSchema = `
  CREATE TABLE IF NOT EXISTS broadcast_queues (queue TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);`;

/**
 * Broadcast queues of the embedded broker. Each belongs to one process, which renews its lease;
 * publishing skips a queue whose lease ran out, and such a queue is dropped with its messages,
 * so a process that died (SIGKILL, power loss) leaves nothing piling up behind it.
 */
export class BroadcastQueues {
  constructor(
    private readonly sqlite: SQLite.Database,
    /** Prepares a statement (once per SQL text, when the store reuses them). */
    private readonly statement: (sql: string) => SQLite.Statement = (sql) => sqlite.prepare(sql),
  ) {}

  /** Creates (or takes back) a queue bound to the patterns, leased for `leaseMs`. */
  open(queue: string, patterns: string[], leaseMs: number): void {
    const bind = this.statement('INSERT OR IGNORE INTO bindings (queue, pattern) VALUES (?, ?)');
    this.sqlite
      .transaction(() => {
        this.statement('INSERT OR REPLACE INTO broadcast_queues (queue, expires_at) VALUES (?, ?)').run(
          queue,
          Date.now() + leaseMs,
        );
        for (const pattern of patterns) bind.run(queue, pattern);
      })
      .immediate();
  }

  /** Extends the lease; false when the queue is gone (its lease had run out and it was dropped). */
  renew(queue: string, leaseMs: number): boolean {
    const renewed = this.statement(
      'UPDATE broadcast_queues SET expires_at = ? WHERE queue = ? AND expires_at > ?',
    ).run(Date.now() + leaseMs, queue, Date.now());
    return renewed.changes > 0;
  }

  /** Removes the queue, its bindings and its messages. */
  close(queue: string): void {
    this.sqlite.transaction(() => this.remove([queue])).immediate();
  }

  /** Drops queues whose lease ran out; called inside the publish transaction (a small table). */
  dropExpired(now = Date.now()): void {
    const expired = this.statement('SELECT queue FROM broadcast_queues WHERE expires_at <= ?').all(now) as {
      queue: string;
    }[];
    if (expired.length > 0) this.remove(expired.map((row) => row.queue));
  }

  private remove(queues: string[]): void {
    for (const table of ['messages', 'bindings', 'broadcast_queues']) {
      const statement = this.statement(`DELETE FROM ${table} WHERE queue = ?`);
      for (const queue of queues) statement.run(queue);
    }
  }
}
