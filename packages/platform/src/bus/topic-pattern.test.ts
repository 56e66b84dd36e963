import { describe, expect, it } from 'vitest';
import { matchesTopic } from './topic-pattern.js';

describe('topic patterns route event types like an AMQP topic exchange', () => {
  it.each([
    ['catalog.product.*', 'catalog.product.created', true],
    ['catalog.product.*', 'catalog.product.price-changed', true],
    ['catalog.product.*', 'catalog.category.created', false],
    ['catalog.#', 'catalog.product.created', true],
    ['#', 'identity.user.registered', true],
    ['identity.user.registered', 'identity.user.registered', true],
    ['identity.user.registered', 'identity.user.deleted', false],
    ['*.user.*', 'identity.user.registered', true],
    ['catalog.*', 'catalog.product.created', false],
  ])('%s matches %s: %s', (pattern, type, expected) => {
    expect(matchesTopic(pattern, type)).toBe(expected);
  });
});
