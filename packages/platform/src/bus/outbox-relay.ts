import type { Kysely } from 'kysely';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { isPostgres } from '../data/engine-of.js';
import type { BusTables } from './bus-migrations.js';
import type { BusMetrics } from './bus-metrics.js';
import type { BusTransport, OutgoingMessage } from './bus-types.js';
import { backoffDelay } from './retry-backoff.js';
import { startPublishSpans } from '../tracing/bus-spans.js';
import { eventSignatureHeader, type EventSigner } from './event-provenance.js';

/** How the relay paces itself. */
export interface RelaySettings {
  batchSize: number;
  /** The slow safety-net timer; publishes nudge the relay at once. */
  idleIntervalMs: number;
  retentionMs: number;
  inboxRetentionMs: number;
}

const pruneIntervalMs = 60_000;
// after a nudge the row may not be committed yet (PostgreSQL): look again briefly before idling
const followUpWindowMs = 250;
// batches published back to back before the relay looks again from the oldest unsent row (on
// PostgreSQL a row can commit after rows numbered above it; a set-aside row can fall due)
const batchesPerRun = 8;

interface OutboxRow {
  seq: number;
  event_id: string;
  type: string;
  envelope: string;
  created_at: number;
  set_aside_count: number;
}

/** A batch handed to the broker whose confirms may still be on their way. */
interface Published {
  rows: OutboxRow[];
  confirmed: Promise<number>;
}

/** Delivers committed outbox rows to the broker in order, marks them sent, retries with backoff. */
export class OutboxRelay {
  private timers: NodeJS.Timeout[] = [];
  private retryTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private nudgedAt = 0;
  private stopped = true;

  constructor(
    private readonly db: Kysely<BusTables>,
    private readonly transport: BusTransport,
    private readonly logger: Logger,
    private readonly metrics: BusMetrics,
    private readonly settings: RelaySettings,
    /** Signs each event as it leaves, so consumers can tell it came from this process (ADR 0030). */
    private readonly signer?: EventSigner,
  ) {}

  /** Starts relaying: rows left unsent by an earlier process are picked up at once. */
  start(): void {
    this.stopped = false;
    this.timers.push(setInterval(() => this.nudge(false), this.settings.idleIntervalMs).unref());
    this.timers.push(setInterval(() => void this.prune(), pruneIntervalMs).unref());
    void this.prune();
    this.nudge(false);
  }

  /** Asks for a drain soon; `fresh` marks a publish that may still be committing. */
  nudge(fresh = true): void {
    if (fresh) this.nudgedAt = Date.now();
    if (this.stopped || this.retryTimer) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    // a nudge comes from inside a request's commit: the relay's own queries belong to no trace
    this.draining = context
      .with(ROOT_CONTEXT, () => this.drain())
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.nudge(false);
        }
      });
  }

  /** Stops relaying after the batch in flight; unsent rows wait for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of [...this.timers, this.retryTimer]) clearTimeout(timer);
    this.timers = [];
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayRun()) > 0) this.failures = 0;
      if (!this.stopped && Date.now() - this.nudgedAt < followUpWindowMs) this.scheduleRetry(15);
    } catch (error) {
      this.failures += 1;
      const delay = backoffDelay(this.failures, 100, 10_000);
      this.logger.warn({ err: error, retryInMs: delay }, 'outbox relay: broker did not confirm; retrying');
      this.scheduleRetry(delay);
    }
  }

  private scheduleRetry(delayMs: number): void {
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.nudge(false);
    }, delayMs);
  }

  /**
   * Publishes batches in order on the one channel, each sent while the broker still confirms the one
   * before, so confirms never stall the relay; returns how many rows it dealt with. A broker that is
   * away throws (nothing after the last confirmed batch is marked sent). A row the broker did not
   * confirm although it answered (no queue is bound to its type yet, or a nack) is set aside and
   * retried with backoff, so it cannot hold up the rows behind it; the run then ends, and the next
   * one starts again from the oldest unsent row.
   */
  private async relayRun(): Promise<number> {
    let dealt = 0;
    let inFlight: Published | undefined;
    for (let round = 0; round < batchesPerRun && !this.stopped; round += 1) {
      const rows = await this.selectBatch(inFlight?.rows.at(-1)?.seq);
      const next = rows.length > 0 ? this.publishRows(rows) : undefined;
      if (inFlight) {
        const settled = await this.settle(inFlight);
        dealt += settled.dealt;
        if (settled.refused) {
          inFlight = next;
          break;
        }
      }
      inFlight = next;
      if (!inFlight) break;
    }
    if (inFlight) dealt += (await this.settle(inFlight)).dealt;
    return dealt;
  }

  private selectBatch(afterSeq: number | undefined): Promise<OutboxRow[]> {
    const now = Date.now();
    let query = this.db
      .selectFrom('bus_outbox')
      .select(['seq', 'event_id', 'type', 'envelope', 'created_at', 'set_aside_count'])
      .where('sent_at', 'is', null)
      .where((where) => where.or([where('retry_at', 'is', null), where('retry_at', '<=', now)]));
    if (afterSeq !== undefined) query = query.where('seq', '>', afterSeq);
    return query.orderBy('seq').limit(this.settings.batchSize).execute();
  }

  private publishRows(rows: OutboxRow[]): Published {
    const spans = startPublishSpans(rows);
    const messages: OutgoingMessage[] = rows.map((row, index) => ({
      id: row.event_id,
      type: row.type,
      body: row.envelope,
      headers: {
        ...spans.headers[index],
        ...(this.signer ? { [eventSignatureHeader]: this.signer(row.envelope) } : {}),
      },
    }));
    const confirmed = this.transport.publish(messages);
    // awaited by settle; this also keeps an abandoned one quiet
    confirmed.then(spans.end, (error: Error) => spans.end(error));
    return { rows, confirmed };
  }

  /** Waits for a batch's confirms, marks the confirmed rows sent and sets the first refused one aside. */
  private async settle(published: Published): Promise<{ dealt: number; refused: boolean }> {
    const { rows } = published;
    const confirmed = await published.confirmed;
    const sent = rows.slice(0, confirmed);
    if (sent.length > 0) await this.markSent(sent);
    const refused = rows[confirmed];
    if (refused) await this.setAside(refused);
    return { dealt: refused ? confirmed + 1 : confirmed, refused: refused !== undefined };
  }

  private async setAside(row: { event_id: string; type: string; set_aside_count: number }): Promise<void> {
    const delay = backoffDelay(row.set_aside_count + 1, 500, 30_000);
    await this.db
      .updateTable('bus_outbox')
      .set({ retry_at: Date.now() + delay, set_aside_count: row.set_aside_count + 1 })
      .where('event_id', '=', row.event_id)
      .execute();
    const log = row.set_aside_count === 0 ? this.logger.warn : this.logger.debug;
    log.call(
      this.logger,
      { eventId: row.event_id, type: row.type, retryInMs: delay },
      'outbox relay: no queue took the event yet; set aside',
    );
  }

  // replicas of one producer may mark the same rows at once: rows are locked in seq order first
  // (PostgreSQL), so two marking statements cannot deadlock; SQLite has one writer anyway
  private async markSent(rows: { event_id: string; created_at: number }[]): Promise<void> {
    const now = Date.now();
    const ids = rows.map((row) => row.event_id);
    const isPostgresDb = isPostgres(this.db as Kysely<unknown>);
    await this.db
      .updateTable('bus_outbox')
      .set({ sent_at: now })
      .where('seq', 'in', (eb) =>
        eb
          .selectFrom('bus_outbox')
          .select('seq')
          .where('event_id', 'in', ids)
          .$if(isPostgresDb, (query) => query.orderBy('seq').forUpdate()),
      )
      .execute();
    for (const row of rows) this.metrics.publishLatency.observe((now - Number(row.created_at)) / 1000);
  }

  private async prune(): Promise<void> {
    const now = Date.now();
    try {
      await this.db
        .deleteFrom('bus_outbox')
        .where('sent_at', '<', now - this.settings.retentionMs)
        .execute();
      await this.db
        .deleteFrom('bus_inbox')
        .where('handled_at', '<', now - this.settings.inboxRetentionMs)
        .execute();
    } catch (error) {
      this.logger.warn({ err: error }, 'bus: pruning old outbox and inbox rows failed');
    }
  }
}
