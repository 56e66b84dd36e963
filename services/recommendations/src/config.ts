import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key recommendations reads, with its default and meaning. */
export const recommendationsConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7104),
  ...serviceDatabaseConfig('recommendations'),
});

/** Recommendations' validated configuration. */
export type RecommendationsConfig = Type.Static<typeof recommendationsConfigSchema>;
