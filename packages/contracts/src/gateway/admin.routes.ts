import Type from 'typebox';
import { catalogRoutes } from '../catalog/catalog.routes.js';
import { inventoryRoutes } from '../inventory/inventory.routes.js';
import { DeadLetter } from '../routes/dead-letter.routes.js';
import { defineRoute, problemResponses } from '../routes/index.js';
import { searchRoutes } from '../search/search.routes.js';
import { gatewayProblems, publicRoute } from './public-route.js';

const tags = ['admin'];

/** A parked message as the gateway lists it: its id names the service that holds it. */
export const ParkedMessage = Type.Object({ ...DeadLetter.properties, service: Type.String() });
/** A parked message of some service. */
export type ParkedMessage = Type.Static<typeof ParkedMessage>;

/** The public admin routes (role admin): products, stock, the search index, parked messages. */
export const publicAdminRoutes = {
  createProduct: publicRoute(catalogRoutes.createProduct, '/api/admin/products'),
  updateProduct: publicRoute(catalogRoutes.updateProduct, '/api/admin/products/:id'),
  setStock: publicRoute(inventoryRoutes.setStock, '/api/admin/inventory/:productId'),
  getStock: publicRoute(inventoryRoutes.getStock, '/api/admin/inventory/:productId'),
  rebuildSearch: publicRoute(searchRoutes.rebuild, '/api/admin/search/rebuild'),
  listDeadLetters: defineRoute({
    method: 'GET',
    path: '/api/admin/dead-letters',
    summary: "Every service's parked messages; services that did not answer are named",
    tags,
    responses: {
      200: Type.Object({ items: Type.Array(ParkedMessage), unavailable: Type.Array(Type.String()) }),
      ...problemResponses(401, 403),
      ...gatewayProblems,
    },
  }),
  replayDeadLetter: defineRoute({
    method: 'POST',
    path: '/api/admin/dead-letters/:id/replay',
    summary: 'Put one parked message back on its queue',
    tags,
    idempotent: true,
    params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) }),
    responses: {
      200: Type.Object({ replayed: Type.String() }),
      ...problemResponses(400, 401, 403, 404),
      ...gatewayProblems,
    },
  }),
};
