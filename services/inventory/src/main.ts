// inventory: stock on hand and the reservations that hold it for orders.
import { runService } from '@bazaar/platform';
import { inventoryService } from './service.js';

await runService(inventoryService);
