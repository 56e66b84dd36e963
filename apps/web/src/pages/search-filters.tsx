// The search page's filters: category and price facets with their counts, stock and order.
import { useLocation } from 'preact-iso';
import type { SearchResults } from '@bazaar/contracts/search';
import { formatCents } from '../format/money.ts';
import { searchHref } from './search-url.ts';

const sorts = [
  ['relevance', 'Best match'],
  ['price_asc', 'Price: low to high'],
  ['price_desc', 'Price: high to low'],
  ['newest', 'Newest'],
] as const;

/** The filter panel; every choice is a new URL. */
export function SearchFilters({ facets }: { facets: SearchResults['facets'] | undefined }) {
  const { query, route } = useLocation();
  const go = (changes: Record<string, string | undefined>) => route(searchHref(query, changes));
  return (
    <aside class="filters" aria-label="Filters">
      <div class="field">
        <label for="sort">Sort by</label>
        <select
          id="sort"
          value={query.sort ?? 'relevance'}
          onChange={(event) => go({ sort: event.currentTarget.value })}
        >
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={query.inStock === 'true'}
          onChange={(event) => go({ inStock: event.currentTarget.checked ? 'true' : undefined })}
        />
        In stock only
      </label>
      <fieldset>
        <legend>Category</legend>
        <ul class="facets">
          {query.category && (
            <li>
              <a href={searchHref(query, { category: undefined })}>All categories</a>
            </li>
          )}
          {facets?.categories.map((facet) => (
            <li key={facet.value}>
              <a
                href={searchHref(query, { category: facet.value })}
                aria-current={query.category === facet.value ? 'true' : undefined}
              >
                {facet.value} <span class="muted">({facet.count})</span>
              </a>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Price</legend>
        <ul class="facets">
          {(query.minPrice || query.maxPrice) && (
            <li>
              <a href={searchHref(query, { minPrice: undefined, maxPrice: undefined })}>Any price</a>
            </li>
          )}
          {facets?.priceRanges
            .filter((range) => range.count > 0)
            .map((range) => (
              <li key={range.min}>
                <a
                  href={searchHref(query, {
                    minPrice: String(range.min),
                    maxPrice: range.max === null ? undefined : String(range.max - 1),
                  })}
                >
                  {range.max === null
                    ? `${formatCents(range.min)} and up`
                    : `${formatCents(range.min)} – ${formatCents(range.max)}`}{' '}
                  <span class="muted">({range.count})</span>
                </a>
              </li>
            ))}
        </ul>
      </fieldset>
    </aside>
  );
}
