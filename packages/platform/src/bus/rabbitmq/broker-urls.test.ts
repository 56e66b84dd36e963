import { describe, expect, it } from 'vitest';
import { BrokerUrlRing, brokerUrls } from './broker-urls.js';

describe('broker URLs', () => {
  it('reads one URL or a comma-separated list of a cluster’s nodes', () => {
    expect(brokerUrls('amqp://a:5672')).toEqual(['amqp://a:5672']);
    expect(brokerUrls(' amqp://a:5672, amqp://b:5673 ,')).toEqual(['amqp://a:5672', 'amqp://b:5673']);
    expect(() => brokerUrls(' , ')).toThrow(/no broker/);
  });

  it('moves to the next node on each advance and wraps around', () => {
    const ring = new BrokerUrlRing(['a', 'b', 'c']);
    const seen = [ring.current];
    for (let step = 0; step < 3; step += 1) {
      ring.advance();
      seen.push(ring.current);
    }
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
