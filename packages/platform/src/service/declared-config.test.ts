import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { bazaar } from '@bazaar/system';
import { commonConfig, portConfig, serviceDatabaseConfig } from '../config/common-config.js';
import { assertDeclaredConfig } from './declared-config.js';

const orders = bazaar.process('orders');
const base = { ...commonConfig, ...portConfig(7107), ...serviceDatabaseConfig('orders') };

describe('assertDeclaredConfig', () => {
  it("accepts the common keys, the service's own database and the URL of each process it calls", () => {
    expect(() =>
      assertDeclaredConfig(
        orders,
        Type.Object({ ...base, CART_URL: Type.String(), LIVE_KEEP_ALIVE_MS: Type.Integer() }),
      ),
    ).not.toThrow();
  });

  it('refuses the URL of a process the service does not declare it calls, and an undeclared key', () => {
    const schema = Type.Object({ ...base, CATALOG_URL: Type.String(), SURPRISE: Type.String() });
    expect(() => assertDeclaredConfig(orders, schema)).toThrow(
      'orders reads CATALOG_URL, which system/bazaar.system.ts does not declare; reads SURPRISE',
    );
  });

  it('refuses a declared key the service does not read', () => {
    expect(() => assertDeclaredConfig(bazaar.process('shipping'), Type.Object(base))).toThrow(
      'declares SHIPPING_STEP_MS in system/bazaar.system.ts but does not read it',
    );
  });
});
