import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key inventory reads, with its default and meaning. */
export const inventoryConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7106),
  ...serviceDatabaseConfig('inventory'),
  DEMO_STOCK: Type.Boolean({
    default: true,
    description: 'give each new catalog product a demo stock (0–250, from its sku) instead of 0',
  }),
  RESERVATION_TTL_SECONDS: Type.Integer({
    default: 900,
    minimum: 1,
    description: 'how long stock stays held for an unpaid order before it is released',
  }),
  RESERVATION_SWEEP_MS: Type.Integer({
    default: 1000,
    minimum: 10,
    description: 'how often expired reservations are looked for and released',
  }),
});

/** Inventory's validated configuration. */
export type InventoryConfig = Type.Static<typeof inventoryConfigSchema>;
