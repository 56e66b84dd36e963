// Search: words, filters and order in the URL; results with facets and pages.
import { useLocation } from 'preact-iso';
import { shop } from '../api/shop-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { ProductGrid } from '../components/product-card.tsx';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorNote, Loading } from '../components/states.tsx';
import { SearchFilters } from './search-filters.tsx';
import { apiQuery, searchHref } from './search-url.ts';

const pageSize = 24;

/** The search page. */
export function SearchPage() {
  const { query, url } = useLocation();
  const results = useResource((signal) => shop.search(apiQuery(query, pageSize), signal), [url]);
  const page = Math.max(1, Number(query.page) || 1);
  const heading = query.q ? `Results for “${query.q}”` : 'All products';
  return (
    <>
      <h1>{heading}</h1>
      <div class="with-sidebar">
        <SearchFilters facets={results.data?.facets} />
        <section aria-label="Results" aria-busy={results.loading ? 'true' : 'false'}>
          {results.error ? <ErrorNote error={results.error} retry={results.reload} /> : null}
          {results.loading && !results.data ? <Loading what="Searching" /> : null}
          {results.data && (
            <p class="muted" role="status">
              {results.data.total} {results.data.total === 1 ? 'product' : 'products'} found
            </p>
          )}
          {results.data?.total === 0 && (
            <Empty>
              Nothing matches. Try fewer words or <a href="/search">see everything</a>.
            </Empty>
          )}
          {results.data && <ProductGrid products={results.data.items} label="Search results" />}
          {results.data && (
            <Pager
              page={page}
              pageSize={pageSize}
              total={results.data.total}
              hrefFor={(next) => searchHref(query, { page: String(next) })}
            />
          )}
        </section>
      </div>
    </>
  );
}
