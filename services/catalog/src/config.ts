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

/** Issuer and audience an access token must carry, as identity signs them. */
export const accessTokenClaims = { issuer: 'bazaar-identity', audience: 'bazaar' } as const;

/** Where identity publishes its signing keys: the JWKS of the first IDENTITY_URL. */
export function identityJwksUrl(config: CatalogConfig): string {
  const firstIdentityUrl = config.IDENTITY_URL.split(',')[0]?.trim().replace(/\/+$/, '') ?? '';
  return `${firstIdentityUrl}/.well-known/jwks.json`;
}
