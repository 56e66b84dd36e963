// A TCP proxy for fault tests: it listens on a port, forwards every connection to one upstream
// and can be switched at run time to add latency, stall, reset or refuse.
import net from 'node:net';
import { once } from 'node:events';
import { chunkDelayMs, type FaultMode } from './fault-mode.js';
import { ProxiedConnection, type Upstream } from './proxied-connection.js';

/** How to start a proxy. */
export interface FaultProxyOptions {
  /** Where connections are forwarded. */
  readonly upstream: Upstream;
  /** The address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** The port to listen on (default 0: any free port; read it from `port`). */
  readonly port?: number;
  /** The mode to start in (default pass). */
  readonly mode?: FaultMode;
  /** Random numbers in [0, 1) for the jitter (default Math.random). */
  readonly random?: () => number;
}

/** What the proxy is doing, for tests to wait on. */
export interface FaultProxyStats {
  readonly mode: FaultMode;
  /** Connections open now. */
  readonly connections: number;
  /** Connections accepted since start. */
  readonly accepted: number;
  /** Open connections whose upstream socket has been opened. */
  readonly upstreamConnections: number;
  /** Bytes read from either side and not yet forwarded (held by latency or a stall). */
  readonly heldBytes: number;
}

/** A running fault proxy. */
export class FaultProxy {
  private readonly server: net.Server;
  private readonly connections = new Set<ProxiedConnection>();
  private current: FaultMode;
  private accepted = 0;
  private listening = false;
  private closed = false;
  private boundPort: number;

  private constructor(private readonly options: FaultProxyOptions) {
    this.current = options.mode ?? { kind: 'pass' };
    this.boundPort = options.port ?? 0;
    this.server = net.createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
  }

  /** Starts a proxy and resolves once it listens. */
  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const proxy = new FaultProxy(options);
    await proxy.listen();
    if (proxy.current.kind === 'refuse') proxy.stopListening();
    return proxy;
  }

  /** The port the proxy listens on (kept while it refuses). */
  get port(): number {
    return this.boundPort;
  }

  /** The address the proxy listens on. */
  get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  /** The current mode. */
  get mode(): FaultMode {
    return this.current;
  }

  /** Counts for tests to wait on (e.g. until a stalled request's bytes are held). */
  stats(): FaultProxyStats {
    const open = [...this.connections];
    return {
      mode: this.current,
      connections: open.length,
      accepted: this.accepted,
      upstreamConnections: open.filter((connection) => connection.hasUpstream).length,
      heldBytes: open.reduce((sum, connection) => sum + connection.heldBytes, 0),
    };
  }

  /** Switches mode; existing connections follow at once. Resolves when the listener agrees. */
  async setMode(mode: FaultMode): Promise<void> {
    this.current = mode;
    if (mode.kind === 'refuse' || this.closed) this.stopListening();
    else if (!this.listening) await this.listen();
    if (mode.kind === 'reset') for (const connection of [...this.connections]) connection.reset();
    for (const connection of this.connections) connection.wake();
  }

  /** Forwards everything as it comes (bytes already delayed keep their order). */
  passThrough(): Promise<void> {
    return this.setMode({ kind: 'pass' });
  }

  /** Delays every chunk in both directions by latency ± jitter, keeping their order. */
  addLatency(latencyMs: number, jitterMs = 0): Promise<void> {
    return this.setMode({ kind: 'latency', latencyMs, jitterMs });
  }

  /** Accepts connections and holds every byte on new and existing ones until the mode changes. */
  stall(): Promise<void> {
    return this.setMode({ kind: 'stall' });
  }

  /** Destroys every connection with a TCP RST, and every new one as soon as it is accepted. */
  reset(): Promise<void> {
    return this.setMode({ kind: 'reset' });
  }

  /** Stops listening, so new connections are refused; open ones carry on as in pass mode. */
  refuse(): Promise<void> {
    return this.setMode({ kind: 'refuse' });
  }

  /** Closes every open connection now (the mode stays). */
  closeConnections(): void {
    for (const connection of [...this.connections]) connection.destroy();
  }

  /** Closes every connection and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    this.closeConnections();
    this.stopListening();
  }

  private async listen(): Promise<void> {
    this.server.listen({ host: this.host, port: this.boundPort });
    await once(this.server, 'listening');
    this.boundPort = (this.server.address() as net.AddressInfo).port;
    this.listening = true;
  }

  private stopListening(): void {
    if (!this.listening) return;
    this.listening = false;
    this.server.close();
  }

  private accept(socket: net.Socket): void {
    this.accepted += 1;
    if (this.current.kind === 'reset') {
      socket.resetAndDestroy();
      return;
    }
    const policy = {
      delayMs: () => chunkDelayMs(this.current, this.options.random ?? Math.random),
      isHeld: () => this.current.kind === 'stall',
    };
    const connection = new ProxiedConnection(socket, this.options.upstream, policy, (closed) =>
      this.connections.delete(closed),
    );
    this.connections.add(connection);
  }
}

/** Starts a fault proxy in front of `upstream`; see FaultProxy for the modes. */
export function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  return FaultProxy.start(options);
}
