import Type from 'typebox';
import { baseUrlList, commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key the cart reads, with its default and meaning. */
export const cartConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7105),
  ...serviceDatabaseConfig('cart'),
  CATALOG_URL: Type.String({
    default: 'http://127.0.0.1:7102',
    description: 'catalog base URL(s), comma-separated; names and current prices come from there',
  }),
});

/** The cart's validated configuration. */
export type CartConfig = Type.Static<typeof cartConfigSchema>;

/** The catalog replicas' base URLs from CATALOG_URL. */
export function catalogBaseUrls(config: CartConfig): string[] {
  return baseUrlList(config.CATALOG_URL);
}
