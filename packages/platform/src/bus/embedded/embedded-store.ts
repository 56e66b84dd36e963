import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { DeadLetter, OutgoingMessage } from '../bus-types.js';
import { reusingStatements } from '../../data/statement-cache.js';
import { matchesTopic } from '../topic-pattern.js';
import { BroadcastQueues, broadcastQueuesSchema } from './broadcast-queues.js';

/** A message claimed by one consumer until its lease runs out. */
export interface ClaimedMessage {
  seq: number;
  body: string;
  attempts: number;
  lastError: string | null;
  /** The message's headers as JSON (its trace context), or null. */
  headers: string | null;
}

const schema = `
  CREATE TABLE IF NOT EXISTS bindings (queue TEXT NOT NULL, pattern TEXT NOT NULL, PRIMARY KEY (queue, pattern));
  CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL,
    body TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, visible_at INTEGER NOT NULL,
    lease_owner TEXT, last_error TEXT, headers TEXT);
  CREATE INDEX IF NOT EXISTS messages_by_queue ON messages (queue, seq);
  CREATE TABLE IF NOT EXISTS dead_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL,
    body TEXT NOT NULL, attempts INTEGER NOT NULL, error TEXT NOT NULL, dead_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS dead_letters_by_queue ON dead_letters (queue, id);`;

/**
 * How long a call waits for another process's write lock on bus.sqlite. The store runs on the event
 * loop, so a long wait would stall the process's HTTP answers too (a process stopped mid-write holds
 * the lock until it runs again); past this the call fails with SQLITE_BUSY and its caller retries.
 */
export const busyTimeoutMs = 100;

/** How long opening the store waits: every process creates the schema at once on a first start. */
const openingBusyTimeoutMs = 10_000;

/** True for SQLite's "another connection holds the lock" errors, which pass once it lets go. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** The embedded broker's durable state: one SQLite file shared by every service process on the machine. */
export class EmbeddedStore {
  /** The per-process queues of broadcast subscriptions. */
  readonly broadcasts: BroadcastQueues;
  private readonly sqlite: SQLite.Database;
  /** Each SQL text prepared once: this store runs a handful of statements thousands of times. */
  private readonly statement: (sql: string) => SQLite.Statement;
  private bindings: { queue: string; pattern: string }[] = [];

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.sqlite = new SQLite(file);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('synchronous = NORMAL');
    this.statement = reusingStatements(this.sqlite);
    this.patiently(() => {
      this.sqlite.exec(schema + broadcastQueuesSchema);
      addHeadersColumn(this.sqlite, 'messages');
      addHeadersColumn(this.sqlite, 'dead_letters');
    });
    this.broadcasts = new BroadcastQueues(this.sqlite, this.statement);
  }

  /** Binds a queue to event type patterns (idempotent); a start step, so it waits out busy peers. */
  bind(queue: string, patterns: string[]): void {
    const insert = this.statement('INSERT OR IGNORE INTO bindings (queue, pattern) VALUES (?, ?)');
    this.patiently(() =>
      this.sqlite.transaction(() => patterns.forEach((pattern) => insert.run(queue, pattern))).immediate(),
    );
  }

  /** Runs a start step with the long lock wait, then goes back to the short one. */
  patiently(step: () => void): void {
    this.sqlite.pragma(`busy_timeout = ${openingBusyTimeoutMs}`);
    try {
      step();
    } finally {
      this.sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    }
  }

  /**
   * Routes messages to every bound queue in one transaction. Says how many leading ones were
   * routable, and to which queues they went (whose consumers are to be woken).
   */
  publish(messages: OutgoingMessage[]): { routed: number; queues: Set<string> } {
    // a broadcast queue whose process stopped renewing its lease receives nothing more
    this.bindings = this.statement(
      `SELECT b.queue, b.pattern FROM bindings b LEFT JOIN broadcast_queues q ON q.queue = b.queue
         WHERE q.queue IS NULL OR q.expires_at > ?`,
    ).all(Date.now()) as typeof this.bindings;
    const insert = this.statement(
      'INSERT INTO messages (queue, event_id, type, body, visible_at, headers) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const routedTo = new Set<string>();
    const routed = this.sqlite
      .transaction(() => {
        this.broadcasts.dropExpired();
        for (const [index, message] of messages.entries()) {
          const queues = this.queuesFor(message.type);
          if (queues.length === 0) return index;
          const headers = message.headers ? JSON.stringify(message.headers) : null;
          for (const queue of queues) {
            insert.run(queue, message.id, message.type, message.body, Date.now(), headers);
            routedTo.add(queue);
          }
        }
        return messages.length;
      })
      .immediate();
    return { routed, queues: routedTo };
  }

  /**
   * Leases up to `limit` visible messages of a queue; each claim counts as one delivery attempt.
   * It looks first: every doorbell ring wakes every consumer of the machine, and a read takes no
   * lock, while the claiming UPDATE takes the file's one write lock even when it leases nothing.
   */
  claim(queue: string, owner: string, limit: number, leaseMs: number): ClaimedMessage[] {
    const now = Date.now();
    const visible = this.statement('SELECT 1 FROM messages WHERE queue = ? AND visible_at <= ? LIMIT 1');
    if (visible.get(queue, now) === undefined) return [];
    return this.statement(
      `UPDATE messages SET lease_owner = ?, visible_at = ?, attempts = attempts + 1
         WHERE seq IN (SELECT seq FROM messages WHERE queue = ? AND visible_at <= ? ORDER BY seq LIMIT ?)
         RETURNING seq, body, attempts, last_error AS lastError, headers`,
    ).all(owner, now + leaseMs, queue, now, limit) as ClaimedMessage[];
  }

  /** Removes a handled message, unless its lease was lost to another consumer meanwhile. */
  ack(seq: number, owner: string): void {
    this.statement('DELETE FROM messages WHERE seq = ? AND lease_owner = ?').run(seq, owner);
  }

  /** Makes a failed message visible again after `delayMs`. */
  retryLater(seq: number, owner: string, delayMs: number, error: string): void {
    this.statement(
      'UPDATE messages SET lease_owner = NULL, visible_at = ?, last_error = ? WHERE seq = ? AND lease_owner = ?',
    ).run(Date.now() + delayMs, error, seq, owner);
  }

  /** Moves a message to its queue's dead letters with the reason. */
  deadLetter(seq: number, reason: string): void {
    this.sqlite
      .transaction(() => {
        this.statement(
          `INSERT INTO dead_letters (queue, event_id, type, body, attempts, error, dead_at, headers)
             SELECT queue, event_id, type, body, attempts, ?, ?, headers FROM messages WHERE seq = ?`,
        ).run(reason, Date.now(), seq);
        this.statement('DELETE FROM messages WHERE seq = ?').run(seq);
      })
      .immediate();
  }

  /** The earliest time a message of the queue becomes visible, if any is waiting. */
  nextVisibleAt(queue: string): number | undefined {
    const row = this.statement('SELECT MIN(visible_at) AS at FROM messages WHERE queue = ?').get(queue) as {
      at: number | null;
    };
    return row.at ?? undefined;
  }

  /** Parked messages of the given queues, oldest first. */
  listDeadLetters(queues: string[]): DeadLetter[] {
    if (queues.length === 0) return [];
    const rows = this.statement(
      `SELECT id, queue, event_id, type, body, attempts, error, dead_at FROM dead_letters
         WHERE queue IN (${queues.map(() => '?').join(',')}) ORDER BY id`,
    ).all(...queues) as { id: number; event_id: string; dead_at: number; [key: string]: unknown }[];
    return rows.map((row) => ({
      id: String(row.id),
      queue: String(row.queue),
      eventId: row.event_id,
      type: String(row.type),
      error: String(row.error),
      attempts: Number(row.attempts),
      deadAt: new Date(row.dead_at).toISOString(),
      body: String(row.body),
    }));
  }

  /** Moves a parked message back onto its queue as a fresh delivery; the queue's name, or undefined when there is none. */
  replay(id: string): string | undefined {
    return this.sqlite
      .transaction(() => {
        const letter = this.statement('SELECT queue FROM dead_letters WHERE id = ?').get(Number(id)) as
          { queue: string } | undefined;
        if (!letter) return undefined;
        this.statement(
          `INSERT INTO messages (queue, event_id, type, body, visible_at, headers)
             SELECT queue, event_id, type, body, ?, headers FROM dead_letters WHERE id = ?`,
        ).run(Date.now(), Number(id));
        this.statement('DELETE FROM dead_letters WHERE id = ?').run(Number(id));
        return letter.queue;
      })
      .immediate();
  }

  /** How many messages are parked for the queue. */
  deadLetterDepth(queue: string): number {
    return (
      this.statement('SELECT COUNT(*) AS n FROM dead_letters WHERE queue = ?').get(queue) as {
        n: number;
      }
    ).n;
  }

  /** How many messages of the queue are not yet acknowledged (waiting, leased or due for retry). */
  queueDepth(queue: string): number {
    return (this.statement('SELECT COUNT(*) AS n FROM messages WHERE queue = ?').get(queue) as { n: number })
      .n;
  }

  /** Closes the file. */
  close(): void {
    this.sqlite.close();
  }

  private queuesFor(type: string): string[] {
    const queues = this.bindings.filter((binding) => matchesTopic(binding.pattern, type)).map((b) => b.queue);
    return [...new Set(queues)];
  }
}

/**
 * A store made before messages (or dead letters) carried headers gets the column (the file outlives
 * upgrades); a dead letter keeps its headers so a replayed event still carries its signature.
 */
function addHeadersColumn(sqlite: SQLite.Database, table: 'messages' | 'dead_letters'): void {
  const columns = sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
  if (columns.some((column) => column.name === 'headers')) return;
  try {
    sqlite.exec(`ALTER TABLE ${table} ADD COLUMN headers TEXT`);
  } catch (error) {
    // another process added it at the same moment
    if (!String(error).includes('duplicate column')) throw error;
  }
}
