import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key payments reads, with its default and meaning. */
export const paymentsConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7108),
  ...serviceDatabaseConfig('payments'),
  PAYMENTS_FINGERPRINT_SECRET: Type.Optional(
    Type.String({
      minLength: 16,
      description:
        'HMAC key of card fingerprints; unset: generated once in <DATA_DIR>/payments-fingerprint-secret',
    }),
  ),
});

/** Payments' validated configuration. */
export type PaymentsConfig = Type.Static<typeof paymentsConfigSchema>;
