import { describe, expect, it } from 'vitest';
import { normalizeEmail, toRole } from './users.js';

describe('user rules', () => {
  it('compares emails without case or surrounding spaces', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });

  it('reads an unexpected stored role as the least privileged one', () => {
    expect(toRole('admin')).toBe('admin');
    expect(toRole('superuser')).toBe('customer');
  });
});
