// payments: card tokens (never card numbers), one capture per order, refunds, on a simulated processor.
import { runService } from '@bazaar/platform';
import { paymentsService } from './service.js';

await runService(paymentsService);
