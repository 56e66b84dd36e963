import { capacityBench } from './capacity.bench.js';
import { checkoutBench } from './checkout.bench.js';
import { failFastBench } from './fail-fast.bench.js';
import { gatewayBench } from './gateway.bench.js';
import { indexLagBench } from './index-lag.bench.js';
import { messagingBench } from './messaging.bench.js';
import { searchBench } from './search.bench.js';
import { storefrontBench } from './storefront.bench.js';
import { telemetryBench } from './telemetry.bench.js';

/** Every benchmark by name; each records its own result under bench/results/. */
export const benchmarks: Record<string, () => Promise<void>> = {
  gateway: gatewayBench,
  messaging: messagingBench,
  checkout: checkoutBench,
  search: searchBench,
  'index-lag': indexLagBench,
  storefront: storefrontBench,
  telemetry: telemetryBench,
  capacity: capacityBench,
  'fail-fast': failFastBench,
};
