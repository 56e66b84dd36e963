import { describe, expect, it } from 'vitest';
import { conflictOf } from './transaction-conflicts.js';

describe('transaction conflicts', () => {
  it('names the conflicts a handler is retried at once for, by the error code the driver gives', () => {
    expect(conflictOf(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe('deadlock');
    expect(conflictOf({ code: '40001' })).toBe('serialization');
    expect(conflictOf({ code: '55P03' })).toBe('lock_wait');
    expect(conflictOf({ code: 'SQLITE_BUSY_SNAPSHOT' })).toBe('serialization');
  });

  it('leaves every other failure to the usual retry with backoff', () => {
    expect(conflictOf(new Error('handler failed'))).toBeUndefined();
    expect(conflictOf({ code: '23505' })).toBeUndefined();
    expect(conflictOf(undefined)).toBeUndefined();
    expect(conflictOf(null)).toBeUndefined();
  });
});
