import {
  Availability,
  AvailabilityList,
  AvailabilityQuery,
  StockProductParams,
} from '@bazaar/contracts/inventory';
import type { HttpApp } from '@bazaar/platform';
import type { InventoryDatabase } from '../data/inventory-schema.js';
import { getAvailability } from '../use-cases/get-availability.js';
import { listAvailability } from '../use-cases/list-availability.js';
import { problemResponses } from './problem-responses.js';

/** Registers the public availability reads the gateway uses for product lists and pages. */
export function registerAvailabilityRoutes(app: HttpApp, database: InventoryDatabase): void {
  app.get(
    '/availability',
    {
      schema: {
        tags: ['availability'],
        summary: 'What may be bought now of each of up to 100 products; unknown ids are left out',
        querystring: AvailabilityQuery,
        response: { 200: AvailabilityList, ...problemResponses(400) },
      },
    },
    async (request) => listAvailability(database.db, request.query.ids.split(',')),
  );

  app.get(
    '/availability/:productId',
    {
      schema: {
        tags: ['availability'],
        summary: 'What may be bought now of one product',
        params: StockProductParams,
        response: { 200: Availability, ...problemResponses(400, 404) },
      },
    },
    async (request) => getAvailability(database.db, request.params.productId),
  );
}
