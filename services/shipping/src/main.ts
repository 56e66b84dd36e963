// shipping: one shipment per paid order, moved label_created → shipped → delivered on a clock.
import { runService } from '@bazaar/platform';
import { shippingService } from './service.js';

await runService(shippingService);
