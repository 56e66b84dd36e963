// A client's connection through the proxy: the accepted socket, its upstream socket (opened as
// soon as the proxy is not stalled) and one delay lane per direction.
import net from 'node:net';
import { DelayLane, type LanePolicy } from './delay-lane.js';

/** Where the proxy forwards to. */
export interface Upstream {
  readonly host: string;
  readonly port: number;
}

/** One client connection and its upstream counterpart. */
export class ProxiedConnection {
  private upstream: net.Socket | undefined;
  private readonly toUpstream: DelayLane;
  private toClient: DelayLane | undefined;
  private closed = false;
  private closePending = false;

  /** Wraps an accepted socket; `onClosed` runs once when either side is gone. */
  constructor(
    private readonly client: net.Socket,
    private readonly target: Upstream,
    private readonly policy: LanePolicy,
    private readonly onClosed: (connection: ProxiedConnection) => void,
  ) {
    client.setNoDelay(true);
    this.toUpstream = new DelayLane(client, policy);
    client.on('error', () => this.sideClosed());
    client.on('close', () => this.sideClosed());
    if (!policy.isHeld()) this.connectUpstream();
  }

  /** Bytes read on either side and not yet forwarded. */
  get heldBytes(): number {
    return this.toUpstream.heldBytes + (this.toClient?.heldBytes ?? 0);
  }

  /** True once the upstream socket has been opened. */
  get hasUpstream(): boolean {
    return this.upstream !== undefined;
  }

  /** Applies the proxy's current mode: opens the upstream when released, forwards what is due. */
  wake(): void {
    if (this.closed) return;
    if (this.closePending && !this.policy.isHeld()) return this.destroy();
    if (!this.upstream && !this.policy.isHeld()) this.connectUpstream();
    this.toUpstream.wake();
    this.toClient?.wake();
  }

  /** Destroys both sockets with a TCP RST. */
  reset(): void {
    if (!this.client.destroyed) this.client.resetAndDestroy();
    if (this.upstream && !this.upstream.destroyed) this.upstream.resetAndDestroy();
    this.destroy();
  }

  /** Closes both sockets (FIN, or RST where unread bytes remain). */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.toUpstream.dispose();
    this.toClient?.dispose();
    this.client.destroy();
    this.upstream?.destroy();
    this.onClosed(this);
  }

  private connectUpstream(): void {
    const upstream = net.connect({ host: this.target.host, port: this.target.port, allowHalfOpen: true });
    this.upstream = upstream;
    upstream.setNoDelay(true);
    this.toClient = new DelayLane(upstream, this.policy);
    upstream.on('connect', () => {
      this.toUpstream.attach(upstream);
      this.toClient?.attach(this.client);
    });
    // An upstream that cannot be reached looks to the client like a reset connection.
    upstream.on('error', () => (this.policy.isHeld() ? this.sideClosed() : this.reset()));
    upstream.on('close', () => this.sideClosed());
  }

  /** One side is gone: the other learns it now, or, while stalled, only once the stall ends. */
  private sideClosed(): void {
    if (this.policy.isHeld()) this.closePending = true;
    else this.destroy();
  }
}
