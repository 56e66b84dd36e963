// recommendations: related products and personal picks, learned from paid orders.
import { runService } from '@bazaar/platform';
import { recommendationsService } from './service.js';

await runService(recommendationsService);
