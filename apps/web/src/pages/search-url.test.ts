import { describe, expect, it } from 'vitest';
import { apiQuery, searchHref } from './search-url.ts';

describe('the search URL', () => {
  it('keeps the query and filters, drops unknown and empty keys, and resets the page on a change', () => {
    const query = { q: 'head', category: 'audio', page: '3', utm: 'x', inStock: '' };
    expect(searchHref(query, { sort: 'price_asc' })).toBe('/search?q=head&category=audio&sort=price_asc');
    expect(searchHref(query, { page: '4' })).toBe('/search?q=head&category=audio&page=4');
    expect(searchHref(query, { category: undefined })).toBe('/search?q=head');
  });

  it('asks the API with the same filters and a page size', () => {
    expect(apiQuery({ q: 'head', inStock: 'true', other: 'x' }, 24).toString()).toBe(
      'q=head&inStock=true&pageSize=24',
    );
  });
});
