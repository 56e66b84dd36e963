import type { Transaction } from 'kysely';
import type { Static } from 'typebox';
import type { EventDefinition, EventEnvelope } from '@bazaar/contracts/events';

/** An event as a handler receives it: the envelope, its data typed by the event's definition. */
export type ReceivedEvent<Definition extends EventDefinition> =
  Definition extends EventDefinition<infer Name, infer Data>
    ? EventEnvelope<Static<Data>> & { type: Name }
    : never;

/** A durable queue named `<service>.<intent>` bound to the events it needs, and what to do with each. */
export interface Subscription<
  Schema,
  Events extends readonly EventDefinition[] = readonly EventDefinition[],
> {
  queue: string;
  events: Events;
  /** Runs in one transaction of the service database that also records the event in the inbox. */
  handle(event: ReceivedEvent<Events[number]>, trx: Transaction<Schema>): Promise<void>;
}

/**
 * A broadcast subscription: every process gets its own short-lived queue, so each instance sees
 * every event (for pushing live changes to browsers). No inbox, no transaction, no dead letters:
 * never use it for work that must happen once.
 */
export interface BroadcastSubscription<
  Events extends readonly EventDefinition[] = readonly EventDefinition[],
> {
  /** `<service>.<intent>`; the per-process queue is named after it. */
  name: string;
  events: Events;
  /** Called once per delivered event in this process; a throw is logged and the event dropped. */
  handle(event: ReceivedEvent<Events[number]>): void | Promise<void>;
  /**
   * Called each time the queue is (re)declared: events published while it did not exist (before
   * the first start, during a broker reconnect) were not delivered, so re-read what you show.
   */
  onSubscribed?(): void;
}

/** One event ready to leave the outbox: its id, its type (the routing key) and its JSON envelope. */
export interface OutgoingMessage {
  id: string;
  type: string;
  body: string;
  /** The W3C trace context of its publish span (`traceparent`, `tracestate`), sent as message headers. */
  headers?: Record<string, string>;
}

/** One message handed to a consumer by a transport; `attempt` counts from 1. */
export interface Delivery {
  body: string;
  attempt: number;
  /** The message headers the transport kept (the trace context and the sender's signature among them). */
  headers?: Readonly<Record<string, unknown>> | undefined;
  /** The publishing connection's user as the broker validated it (RabbitMQ's `user-id`), if set. */
  brokerUser?: string | undefined;
}

/** What the transport does with a delivery once the consumer is done with it. */
export type DeliveryOutcome =
  { kind: 'ack' } | { kind: 'retry'; delayMs: number; error: string } | { kind: 'dead'; reason: string };

/** A message parked in `<queue>.dlq`, with the reason it was parked. */
export interface DeadLetter {
  /** Opaque id for `replay`. */
  id: string;
  queue: string;
  eventId: string;
  type: string;
  error: string;
  attempts: number;
  deadAt: string;
  body: string;
}

/** What a broker must offer the bus; embedded SQLite and RabbitMQ both implement it. */
export interface BusTransport {
  readonly name: 'embedded' | 'rabbitmq';
  /** Connects (RabbitMQ keeps reconnecting in the background) and declares the exchanges. */
  start(): Promise<void>;
  /** Declares a subscription's durable queue, its bindings to event types, and its `.dlq`. */
  declareQueue(queue: string, eventTypes: string[]): Promise<void>;
  /** Publishes in order; resolves with how many leading messages the broker confirmed as routed. */
  publish(messages: OutgoingMessage[]): Promise<number>;
  /** Starts handing the queue's messages to `deliver`, applying the outcome it returns. */
  consume(queue: string, deliver: (delivery: Delivery) => Promise<DeliveryOutcome>): Promise<void>;
  /**
   * Declares this process's own queue for a broadcast subscription (removed when the process
   * stops or dies) and hands it every matching event; `onDeclared` runs after each (re)declaration.
   */
  consumeBroadcast(
    name: string,
    eventTypes: string[],
    deliver: DeliverBroadcast,
    onDeclared: () => void,
  ): Promise<void>;
  listDeadLetters(queues: string[]): Promise<DeadLetter[]>;
  /** Moves one parked message back onto its queue. */
  replayDeadLetter(id: string): Promise<void>;
  deadLetterDepth(queue: string): Promise<number>;
  /** Messages not yet acknowledged on the queue, and its consumers where the broker counts them. */
  queueState(queue: string): Promise<{ depth: number; consumers: number | null }>;
  /** Throws unless the broker is reachable. */
  check(): Promise<void>;
  /** Stops consuming, waits for deliveries in flight, then disconnects. */
  stop(): Promise<void>;
}

/** Hands one broadcast message, with the headers it carried, to its subscription's handler. */
export type DeliverBroadcast = (body: string, headers?: Readonly<Record<string, unknown>>) => Promise<void>;
