// The shape of the system declaration (system/bazaar.system.ts): one entry per process.
import type { EventType } from '@bazaar/contracts/all-events';

export type { EventType };

/** What a process is: the public gateway, a service behind it, or a web front end. */
export type ProcessKind = 'gateway' | 'service' | 'web';

/** What a process's replica count follows when it scales out. */
export type ScaleSignal =
  | { readonly on: 'cpu' }
  | { readonly on: 'request-rate' }
  | { readonly on: 'queue-depth'; readonly queue: string };

/** Whether a process may run more than one replica, and what decides how many. */
export interface Scaling {
  /** 'many': replicas compete on the same queues and share nothing in memory; 'one': a single copy. */
  readonly replicas: 'one' | 'many';
  readonly scalesOn: readonly ScaleSignal[];
}

/** One durable queue a process consumes (`<service>.<intent>`) and the event types bound to it. */
export interface QueueDeclaration {
  readonly queue: string;
  readonly events: readonly EventType[];
}

/**
 * Availability and latency objectives (SLOs) of a process's HTTP API, over 30 days; each becomes
 * multi-window burn-rate alerts (deploy/prometheus, `npm run prometheus:rules`).
 */
export interface Objectives {
  /** Share of requests answered without a 5xx, e.g. 0.999. */
  readonly availability?: number;
  /** 99% of requests are answered within this (a bucket bound of http_request_duration_seconds). */
  readonly latencyP99Ms?: number;
}

/** One process as written in the declaration; `Name` is the union of every process's name. */
export interface ProcessInput<Name extends string = string> {
  /** What it is for, in one line. */
  readonly purpose: string;
  readonly kind: ProcessKind;
  /** Offset (1–99) from SERVICE_PORT_BASE, or 'public' for the one process that listens on PORT. */
  readonly port: number | 'public';
  /** 'own': a database of its own (`<DATA_DIR>/<name>.sqlite` or `bazaar_<name>`); 'none': stateless. */
  readonly database: 'own' | 'none';
  /** The processes it calls over HTTP; it gets a `<NAME>_URL` for each of them and no other. */
  readonly calls: readonly Name[];
  /** The event types it writes to its outbox. */
  readonly publishes: readonly EventType[];
  /** Those of `publishes` it may publish on its very first start (seed data, an admin account). */
  readonly publishesOnFirstStart?: readonly EventType[];
  readonly consumes: readonly QueueDeclaration[];
  /**
   * Broadcast subscriptions: a queue per running process (not durable, not competed for), so every
   * replica sees every event, e.g. to push live updates to the streams it holds open.
   */
  readonly broadcasts?: readonly QueueDeclaration[];
  /** Its own configuration keys (beyond the common ones, PORT, `<NAME>_URL`s and its database URL). */
  readonly config: readonly string[];
  /** Those of its keys that hold secrets: never logged, set from a secret store in production. */
  readonly secrets: readonly string[];
  readonly scaling: Scaling;
  /** Required, so that no process goes without its SLO alerts. */
  readonly objectives: Objectives;
  /** Package folder relative to the repository root; default `services/<name>`. */
  readonly dir?: string;
}

/** One process of the system, as the rest of the code reads it: the input plus its name and folder. */
export interface ProcessDeclaration<Name extends string = string> extends ProcessInput<Name> {
  readonly name: Name;
  readonly dir: string;
  readonly publishesOnFirstStart: readonly EventType[];
  readonly broadcasts: readonly QueueDeclaration[];
}

/** The declaration as written: processes by name, in start order. */
export type SystemInput<P> = { readonly [N in keyof P]: ProcessInput<Extract<keyof P, string>> };

/** The whole system: every process, in the order the declaration lists them. */
export interface SystemDeclaration<Name extends string = string> {
  readonly processes: readonly ProcessDeclaration<Name>[];
  /** The process of this name; throws when the declaration has none. */
  process(name: string): ProcessDeclaration<Name>;
}
