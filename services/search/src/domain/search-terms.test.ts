import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, maxSearchTerms, searchTermsOf, tsQueryText } from './search-terms.js';

describe('search terms', () => {
  it('keeps only words, lower-cased, so operators and quotes cannot reach the query', () => {
    expect(searchTermsOf('"Head" OR phones* -cheap NEAR(a b) col:x \'; drop table products; --')).toEqual([
      'head',
      'or',
      'phones',
      'cheap',
      'near',
      'a',
      'b',
      'col',
      'x',
      'drop',
      'table',
      'products',
    ]);
  });

  it('keeps letters of every script and drops emoji', () => {
    expect(searchTermsOf('Café 日本 🎧 naïve')).toEqual(['café', '日本', 'naïve']);
  });

  it('finds no words in empty, missing or punctuation-only text', () => {
    expect(searchTermsOf(undefined)).toEqual([]);
    expect(searchTermsOf('  "*:()-  ')).toEqual([]);
  });

  it(`caps a long text at ${maxSearchTerms} distinct words`, () => {
    const terms = searchTermsOf(Array.from({ length: 500 }, (_, i) => `w${i} w${i}`).join(' '));
    expect(terms).toHaveLength(maxSearchTerms);
    expect(terms[0]).toBe('w0');
  });

  it('writes prefix queries for both engines', () => {
    expect(ftsMatchExpression(['head', 'bt'])).toBe('"head"* "bt"*');
    expect(tsQueryText(['head', 'bt'])).toBe('head:* & bt:*');
  });
});
