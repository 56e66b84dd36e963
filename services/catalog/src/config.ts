import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key the catalog reads, with its default and meaning. */
export const catalogConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7102),
  ...serviceDatabaseConfig('catalog'),
  SEED_DEMO_CATALOG: Type.Boolean({
    default: true,
    description: 'seed the demo categories and products into an empty database',
  }),
});

/** The catalog's validated configuration. */
export type CatalogConfig = Type.Static<typeof catalogConfigSchema>;
