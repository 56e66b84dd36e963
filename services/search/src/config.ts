import Type from 'typebox';
import { baseUrlList, commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key search reads, with its default and meaning. */
export const searchConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7103),
  ...serviceDatabaseConfig('search'),
  CATALOG_URL: Type.String({
    default: 'http://127.0.0.1:7102',
    description: 'catalog base URL(s), comma-separated; a rebuild reads every product there',
  }),
  INVENTORY_URL: Type.String({
    default: 'http://127.0.0.1:7106',
    description: 'inventory base URL(s), comma-separated; a rebuild reads availability there',
  }),
});

/** Search's validated configuration. */
export type SearchConfig = Type.Static<typeof searchConfigSchema>;

/** The base URLs of a comma-separated `<NAME>_URL` value. */
export const baseUrlsOf = baseUrlList;
