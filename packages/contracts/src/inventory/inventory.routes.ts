import { defineRoute, problemResponses } from '../routes/index.js';
import { Availability, AvailabilityList, AvailabilityQuery, StockProductParams } from './availability.js';
import { SetStockBody, StockLevel } from './stock-admin.js';

/** The inventory service's operations: what may be bought now, and the admin's stock count. */
export const inventoryRoutes = {
  listAvailability: defineRoute({
    method: 'GET',
    path: '/availability',
    summary: 'What may be bought now of each of up to 100 products; unknown ids are left out',
    tags: ['availability'],
    query: AvailabilityQuery,
    responses: { 200: AvailabilityList, ...problemResponses(400) },
  }),
  getAvailability: defineRoute({
    method: 'GET',
    path: '/availability/:productId',
    summary: 'What may be bought now of one product',
    tags: ['availability'],
    params: StockProductParams,
    responses: { 200: Availability, ...problemResponses(400, 404) },
  }),
  setStock: defineRoute({
    method: 'PUT',
    path: '/admin/stock/:productId',
    summary: "Set a product's units on hand (admin); 409 below what is reserved",
    tags: ['stock admin'],
    params: StockProductParams,
    body: SetStockBody,
    responses: { 200: StockLevel, ...problemResponses(400, 401, 403, 409, 413, 415) },
  }),
  getStock: defineRoute({
    method: 'GET',
    path: '/admin/stock/:productId',
    summary: "A product's units on hand, reserved and available (admin)",
    tags: ['stock admin'],
    params: StockProductParams,
    responses: { 200: StockLevel, ...problemResponses(400, 401, 403, 404) },
  }),
};
