// BUS_URL may name every node of a RabbitMQ cluster, comma-separated: a connection tries them in
// turn, moving to the next node each time a connection fails or is lost.

/** The broker URLs of a BUS_URL: one, or several comma-separated (every node of a cluster). */
export function brokerUrls(busUrl: string): string[] {
  const urls = busUrl
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length === 0) throw new Error('BUS_URL names no broker');
  return urls;
}

/** Cycles through a cluster's URLs: `current` until `advance()` moves to the next node. */
export class BrokerUrlRing {
  private index = 0;

  constructor(private readonly urls: readonly string[]) {}

  /** The URL to connect to now. */
  get current(): string {
    return this.urls[this.index % this.urls.length]!;
  }

  /** Moves to the next node (after a failed or lost connection). */
  advance(): void {
    this.index = (this.index + 1) % this.urls.length;
  }
}
