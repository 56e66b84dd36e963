import type { Channel, Message } from 'amqplib';

/**
 * Acknowledges a channel's deliveries in as few frames as possible: acks that settle in the same
 * turn of the event loop are sent together, as one `multiple` ack for the longest run of settled
 * deliveries at the head of the channel's outstanding ones, and one ack each for the rest (a
 * message held for a retry's backoff must not hold up the acks behind it).
 */
export class AckCoalescer {
  /** Delivery tags in the order the broker handed them out, until settled. */
  private readonly outstanding: Message[] = [];
  private readonly acked = new Set<number>();
  private scheduled = false;

  constructor(
    private readonly channel: Channel,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Notes a delivery as handed out; call for every delivery, in order, even one left unhandled. */
  received(message: Message): void {
    this.outstanding.push(message);
  }

  /** Acknowledges the message soon, together with the others settled meanwhile. */
  ack(message: Message): void {
    this.acked.add(message.fields.deliveryTag);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Negatively acknowledges at once (it goes back to the queue), leaving the others as they are. */
  nack(message: Message, requeue: boolean): void {
    this.forget(message.fields.deliveryTag);
    this.channel.nack(message, false, requeue);
  }

  /** Sends the acks settled so far now (on stop, before the channel closes). */
  flush(): void {
    this.scheduled = false;
    try {
      let head = 0;
      while (head < this.outstanding.length && this.acked.has(this.outstanding[head]!.fields.deliveryTag)) {
        this.acked.delete(this.outstanding[head]!.fields.deliveryTag);
        head += 1;
      }
      if (head > 0) this.channel.ack(this.outstanding[head - 1]!, true);
      this.outstanding.splice(0, head);
      for (const tag of [...this.acked]) {
        const message = this.forget(tag);
        if (message) this.channel.ack(message);
      }
    } catch (error) {
      // the channel is gone: the broker redelivers what was not acked, and the inbox absorbs a repeat
      this.acked.clear();
      this.onError(error);
    }
  }

  private forget(tag: number): Message | undefined {
    this.acked.delete(tag);
    const index = this.outstanding.findIndex((message) => message.fields.deliveryTag === tag);
    return index === -1 ? undefined : this.outstanding.splice(index, 1)[0];
  }
}
