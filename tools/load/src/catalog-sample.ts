// What the shoppers browse: the categories, a sample of products and words to search for, read
// from the public API at the start of a run (so the tool knows nothing about the demo catalog).
import type { ApiAnswer, ApiRequest } from './api.client.js';

/** Sends one setup request and records it. */
export type SetupSender = (call: ApiRequest) => Promise<ApiAnswer>;

/** The part of the catalog a run uses. */
export interface CatalogSample {
  readonly categories: ReadonlyArray<{ id: string; pages: number }>;
  readonly productIds: readonly string[];
  readonly searchTerms: readonly string[];
}

/** Page size the browse step asks for (the API's default). */
export const browsePageSize = 20;
const samplePages = 3;

/** Reads the categories and up to 300 products; throws when the catalog cannot be read or is empty. */
export async function sampleCatalog(send: SetupSender): Promise<CatalogSample> {
  const categories = await send({ method: 'GET', path: '/api/categories', route: '/api/categories' });
  const items = expectOk<{ items: Array<{ id: string; productCount: number }> }>(
    categories,
    'categories',
  ).items;
  const products: Array<{ id: string; name: string }> = [];
  for (let page = 1; page <= samplePages; page++) {
    const path = `/api/products?pageSize=100&page=${page}`;
    const answer = await send({ method: 'GET', path, route: '/api/products' });
    const body = expectOk<{ items: Array<{ id: string; name: string }>; total: number }>(answer, 'products');
    products.push(...body.items);
    if (page * 100 >= body.total) break;
  }
  if (products.length === 0) throw new Error('the catalog has no products to shop for');
  return {
    categories: items.map((item) => ({
      id: item.id,
      pages: Math.max(1, Math.ceil(item.productCount / browsePageSize)),
    })),
    productIds: products.map((product) => product.id),
    searchTerms: searchTermsOf(products.map((product) => product.name)),
  };
}

/** Distinct words of the names (4 letters or more), and their first four letters as prefixes. */
export function searchTermsOf(names: readonly string[]): string[] {
  const words = names.flatMap((name) => name.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const terms = new Set([...words, ...words.map((word) => word.slice(0, 4))]);
  return terms.size > 0 ? [...terms] : ['a'];
}

function expectOk<T>(answer: ApiAnswer, what: string): T {
  if (answer.status !== 200) {
    const why =
      typeof answer.status === 'number' ? `it answered ${answer.status}` : `no answer: ${answer.status}`;
    throw new Error(`could not read the ${what} (${why}); is the store running at --target?`);
  }
  return answer.body as T;
}
