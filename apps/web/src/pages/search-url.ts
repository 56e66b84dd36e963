// The search lives in the URL: these read it and write a changed copy, so a search can be shared.

/** The query parameters the search page uses, as they appear in its URL. */
export const searchKeys = ['q', 'category', 'minPrice', 'maxPrice', 'inStock', 'sort', 'page'] as const;

/** The API query for the page's URL query (only the keys the API knows, empty ones left out). */
export function apiQuery(query: Record<string, string | undefined>, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of searchKeys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  params.set('pageSize', String(pageSize));
  return params;
}

/** The search URL with `changes` applied (undefined removes a key); any change but the page resets it. */
export function searchHref(
  query: Record<string, string | undefined>,
  changes: Record<string, string | undefined>,
): string {
  const next: Record<string, string | undefined> = { ...query, ...changes };
  if (!('page' in changes)) delete next.page;
  const params = new URLSearchParams();
  for (const key of searchKeys) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `/search?${text}` : '/search';
}
