// cart: one cart per shopper, priced from the catalog when read.
import { runService } from '@bazaar/platform';
import { cartService } from './service.js';

await runService(cartService);
