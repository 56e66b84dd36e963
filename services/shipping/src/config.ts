import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key shipping reads, with its default and meaning. */
export const shippingConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7109),
  ...serviceDatabaseConfig('shipping'),
  SHIPPING_STEP_MS: Type.Integer({
    default: 5000,
    minimum: 0,
    description: 'time a shipment spends in label_created and in shipped before its next step',
  }),
  SHIPPING_TICK_MS: Type.Integer({
    default: 500,
    minimum: 10,
    description: 'how often the clock looks for shipments due to move',
  }),
});

/** Shipping's validated configuration. */
export type ShippingConfig = Type.Static<typeof shippingConfigSchema>;
