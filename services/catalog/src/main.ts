// The catalog service: categories, products, their prices and pictures.
import { runService } from '@bazaar/platform';
import { catalogService } from './service.js';

await runService(catalogService);
