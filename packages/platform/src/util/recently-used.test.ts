import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from './recently-used.js';

describe('RecentlyUsed', () => {
  it('drops the least recently used entry past its capacity, reads counting as use, and says which', () => {
    const dropped: string[] = [];
    const recent = new RecentlyUsed<string, number>(2, (key) => dropped.push(key));
    recent.set('one', 1);
    recent.set('two', 2);
    expect(recent.get('one')).toBe(1); // "two" is now the least recently used
    recent.set('three', 3);
    expect(dropped).toEqual(['two']);
    expect([recent.get('two'), recent.get('one'), recent.get('three')]).toEqual([undefined, 1, 3]);
    expect([...recent.values()]).toEqual([1, 3]);
  });

  it('forgets on delete and clear without calling onDrop', () => {
    const dropped: string[] = [];
    const recent = new RecentlyUsed<string, number>(5, (key) => dropped.push(key));
    recent.set('a', 1);
    recent.set('b', 2);
    recent.delete('a');
    expect(recent.get('a')).toBeUndefined();
    recent.clear();
    expect([...recent.values()]).toEqual([]);
    expect(dropped).toEqual([]);
  });
});
