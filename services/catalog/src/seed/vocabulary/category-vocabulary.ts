// The shape of the word lists that generate the demo catalog, one list per category.

/** One kind of product a category sells, with the words and price range that generate it. */
export interface ProductKind {
  /** The product noun as shoppers search for it, e.g. "Noise-Cancelling Headphones". */
  noun: string;
  /** Words that may precede the noun, e.g. "Wireless". */
  modifiers: readonly string[];
  /** The believable price range in whole dollars. */
  priceDollars: readonly [min: number, max: number];
  /** The first sentence of every description of this kind. */
  summary: string;
  /** Further sentences, one or two of which follow the summary. */
  features: readonly string[];
}

/** The words and numbers that generate one demo category and its products. */
export interface CategoryVocabulary {
  name: string;
  slug: string;
  /** Three capital letters that start every sku in the category, e.g. "AUD". */
  skuPrefix: string;
  productCount: number;
  brands: readonly string[];
  /** Model qualifiers that may follow the noun, e.g. "Pro". */
  models: readonly string[];
  kinds: readonly ProductKind[];
}
