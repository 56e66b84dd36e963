// search: a full-text, faceted product index built from catalog and inventory events.
import { runService } from '@bazaar/platform';
import { searchService } from './service.js';

await runService(searchService);
