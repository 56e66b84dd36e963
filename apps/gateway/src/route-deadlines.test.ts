import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { answerReserveMs, routeDeadlines } from './route-deadlines.js';

const deadlineOf = routeDeadlines({ REQUEST_DEADLINE_MS: 4000, CHECKOUT_DEADLINE_MS: 6000 });
const request = (method: string, url: string) => ({ method, url, routeOptions: { url } }) as FastifyRequest;

describe('the deadline of each public route', () => {
  it('gives checkout its own deadline and the rest of the API the default, keeping the answer reserve', () => {
    expect(answerReserveMs).toBeGreaterThan(0);
    expect(deadlineOf(request('POST', '/api/checkout'))).toBe(6000 - answerReserveMs);
    expect(deadlineOf(request('GET', '/api/products/:id'))).toBe(4000 - answerReserveMs);
    expect(deadlineOf(request('POST', '/api/orders/:id/cancel'))).toBe(4000 - answerReserveMs);
  });

  it('gives none to live streams, health and the web app', () => {
    for (const url of ['/api/orders/:id/events', '/api/notifications/events', '/health/ready', '/', '/ops']) {
      expect(deadlineOf(request('GET', url)), url).toBeUndefined();
    }
  });
});
