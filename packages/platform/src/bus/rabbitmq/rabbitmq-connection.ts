import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { Logger } from 'pino';
import { backoffDelay } from '../retry-backoff.js';
import { BrokerUrlRing, brokerUrls } from './broker-urls.js';

/** Declares topology or starts consumers on a fresh connection; run again after every reconnect. */
export type ConnectionSetup = (model: ChannelModel) => Promise<void>;

/** One AMQP connection that reconnects with backoff and re-runs every setup (topology, consumers). */
export class RabbitConnection {
  /** The confirm channel events are published on; undefined while disconnected. */
  publisher: ConfirmChannel | undefined;
  /** Message ids the broker returned as unroutable (mandatory flag), until their confirm is seen. */
  readonly returned = new Set<string>();
  private model: ChannelModel | undefined;
  private readonly setups: ConnectionSetup[] = [];
  private failures = 0;
  private closing = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly nodes: BrokerUrlRing;

  /** `url` is BUS_URL: one broker, or every node of a cluster comma-separated (tried in turn). */
  constructor(
    url: string,
    private readonly connectionName: string,
    private readonly logger: Logger,
  ) {
    this.nodes = new BrokerUrlRing(brokerUrls(url));
  }

  /** The user of the node connected to (or to be tried next): the `user-id` events are published with. */
  get user(): string | undefined {
    const user = decodeURIComponent(new URL(this.nodes.current).username);
    return user || undefined;
  }

  /** True while connected with topology declared. */
  get isConnected(): boolean {
    return this.publisher !== undefined;
  }

  /** Tries to connect once; on failure keeps retrying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Registers a setup and runs it now when connected. */
  async addSetup(setup: ConnectionSetup): Promise<void> {
    this.setups.push(setup);
    if (this.model && this.isConnected) await setup(this.model);
  }

  /** Opens a short-lived channel for an admin task, closing it after (which requeues what it did not ack). */
  async withChannel<T>(work: (channel: ConfirmChannel) => Promise<T>): Promise<T> {
    if (!this.model) throw new Error('not connected to RabbitMQ');
    const channel = await this.model.createConfirmChannel();
    channel.on('error', () => undefined);
    try {
      return await work(channel);
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  /** Closes for good: no more reconnects. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    const model = this.model;
    this.model = undefined;
    this.publisher = undefined;
    await model?.close().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    let model: ChannelModel | undefined;
    try {
      // noDelay: amqplib turns Nagle's algorithm on by default, so a small frame written right
      // after another (an ack, then a publish) waited for the broker's delayed ACK, ~40 ms a hop
      model = await amqp.connect(withHeartbeat(this.nodes.current), {
        clientProperties: { connection_name: this.connectionName },
        noDelay: true,
      });
      model.on('error', (error: Error) => this.logger.warn({ err: error }, 'bus: RabbitMQ connection error'));
      model.on('close', () => this.lost(model));
      const publisher = await model.createConfirmChannel();
      publisher.on('return', (message) => this.returned.add(String(message.properties.messageId)));
      publisher.on('error', (error: Error) =>
        this.logger.warn({ err: error }, 'bus: publisher channel error'),
      );
      publisher.on('close', () => void model?.close().catch(() => undefined));
      this.model = model;
      for (const setup of this.setups) await setup(model);
      this.publisher = publisher;
      this.failures = 0;
      this.logger.info('bus: connected to RabbitMQ');
    } catch (error) {
      this.logger.warn({ err: error }, 'bus: cannot connect to RabbitMQ');
      this.model = undefined;
      await model?.close().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private lost(model: ChannelModel | undefined): void {
    if (this.model !== model) return;
    this.model = undefined;
    this.publisher = undefined;
    this.logger.warn('bus: lost the RabbitMQ connection; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closing || this.reconnectTimer) return;
    this.failures += 1;
    this.nodes.advance();
    this.reconnectTimer = setTimeout(
      () => {
        this.reconnectTimer = undefined;
        void this.connect();
      },
      backoffDelay(this.failures, 250, 5_000),
    );
  }
}

function withHeartbeat(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('heartbeat')) parsed.searchParams.set('heartbeat', '10');
  return parsed.toString();
}
