// The orders service: orders and the checkout saga.
import { runService } from '@bazaar/platform';
import { ordersService } from './service.js';

await runService(ordersService);
