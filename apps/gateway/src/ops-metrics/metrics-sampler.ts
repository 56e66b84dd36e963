// Keeps a short history of every process's /metrics for the ops views: a scrape round on each
// ops request, and one every few seconds in the background while the console is being looked at
// (it stops by itself when nobody asks). No Prometheus is needed for the console.
import { request } from 'undici';
import { serviceCredentialHeaders } from '@bazaar/platform';
import type { Snapshot, InstanceScrape } from './metrics-history.js';
import { parseSamples } from './metrics-text.js';

/** The metrics the ops views read. */
const wanted = new Set([
  'process_start_time_seconds',
  'http_client_requests_total',
  'http_client_request_duration_seconds_bucket',
  'bus_events_handled_total',
  'bus_events_failed_total',
  'bus_consumer_lag_seconds_bucket',
  'circuit_breaker_state',
]);

/** How often and how long the sampler looks. */
export interface SamplerSettings {
  readonly intervalMs: number;
  /** History kept: the longest window an ops view may ask for. */
  readonly keepSeconds: number;
  /** Background rounds stop after this long without an ops request. */
  readonly idleMs: number;
}

/** Scrapes /metrics of every process (the gateway's own through `ownMetrics`) into a bounded history. */
export class MetricsSampler {
  private snapshots: Snapshot[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastAskedAt = 0;

  constructor(
    private readonly serviceUrls: Record<string, string[]>,
    private readonly ownMetrics: () => Promise<string>,
    private readonly settings: SamplerSettings = { intervalMs: 5_000, keepSeconds: 600, idleMs: 600_000 },
  ) {}

  /** The history with a scrape round of now at its end. */
  async history(): Promise<readonly Snapshot[]> {
    this.lastAskedAt = Date.now();
    this.timer ??= setInterval(() => void this.backgroundRound(), this.settings.intervalMs).unref();
    await this.round();
    return this.snapshots;
  }

  /** Stops the background rounds (the gateway closes). */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async backgroundRound(): Promise<void> {
    if (Date.now() - this.lastAskedAt > this.settings.idleMs) return this.close();
    await this.round();
  }

  private async round(): Promise<void> {
    const targets = Object.entries(this.serviceUrls).flatMap(([name, urls]) =>
      urls.map((baseUrl) => ({ name, baseUrl })),
    );
    const texts = await Promise.all([this.ownMetrics().catch(() => ''), ...targets.map(scrapeText)]);
    const at = Date.now() / 1000;
    const scrapes = texts.map(toScrape).filter((scrape) => scrape !== undefined);
    this.snapshots = [
      ...this.snapshots.filter((s) => s.at >= at - this.settings.keepSeconds),
      { at, scrapes },
    ];
  }
}

// Every service but health needs the caller's credential (ADR 0025): the gateway scrapes as itself.
async function scrapeText(target: { name: string; baseUrl: string }): Promise<string> {
  try {
    const response = await request(`${target.baseUrl}/metrics`, {
      headers: await serviceCredentialHeaders(target.name),
      signal: AbortSignal.timeout(1_000),
    });
    return response.statusCode === 200 ? await response.body.text() : (await response.body.dump(), '');
  } catch {
    return ''; // a process that is down has no figures: its edges show what the others saw
  }
}

function toScrape(text: string): InstanceScrape | undefined {
  const samples = parseSamples(text, wanted);
  const start = samples.find((sample) => sample.name === 'process_start_time_seconds');
  if (!start?.labels.instance || !start.labels.service) return undefined;
  return { instance: start.labels.instance, service: start.labels.service, startedAt: start.value, samples };
}
