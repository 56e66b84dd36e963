/** The most words of a search text that are matched; the rest are ignored. */
export const maxSearchTerms = 20;

/** The longest word matched; longer words are cut (a prefix still finds them). */
export const maxTermLength = 64;

/**
 * Turns what a shopper typed into the words to find: runs of letters and digits (any script),
 * lower-cased, duplicates dropped. Everything else (quotes, operators, `*`, `:`, `-`, parentheses,
 * emoji) only separates words, so no input can become query syntax.
 */
export function searchTermsOf(text: string | undefined): string[] {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = new Set(words.map((word) => [...word].slice(0, maxTermLength).join('')));
  return [...terms].slice(0, maxSearchTerms);
}

/** The SQLite FTS5 match expression: every term, as a quoted prefix (`"head"* "phone"*`). */
export function ftsMatchExpression(terms: string[]): string {
  return terms.map((term) => `"${term}"*`).join(' ');
}

/** The PostgreSQL tsquery text: every term, as a prefix (`head:* & phone:*`). */
export function tsQueryText(terms: string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}
