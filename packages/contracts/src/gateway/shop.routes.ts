import { catalogRoutes } from '../catalog/catalog.routes.js';
import { ProductIdParams } from '../catalog/product.js';
import { recommendationRoutes } from '../recommendations/recommendations.routes.js';
import { defineRoute, problemResponses } from '../routes/index.js';
import { searchRoutes } from '../search/search.routes.js';
import { ProductDetail, ProductSummaryPage, PublicProductListQuery } from './product-summary.js';
import { gatewayProblems, publicRoute } from './public-route.js';

const tags = ['catalog'];

/** The public shop: categories, product lists and pages (composed), search, recommendations. */
export const publicShopRoutes = {
  listCategories: publicRoute(catalogRoutes.listCategories, '/api/categories'),
  listProducts: defineRoute({
    method: 'GET',
    path: '/api/products',
    summary: 'One page of products with whether each is in stock (null while inventory cannot be asked)',
    tags,
    query: PublicProductListQuery,
    responses: { 200: ProductSummaryPage, ...problemResponses(400), ...gatewayProblems },
  }),
  getProductPage: defineRoute({
    method: 'GET',
    path: '/api/products/:id',
    summary: 'A product with its availability and recommendations; a part that is down is null and degraded',
    tags,
    params: ProductIdParams,
    responses: { 200: ProductDetail, ...problemResponses(400, 404), ...gatewayProblems },
  }),
  getProductImage: publicRoute(catalogRoutes.getProductImage, '/images/products/:sku.svg'),
  search: publicRoute(searchRoutes.search, '/api/search'),
  forProduct: publicRoute(recommendationRoutes.forProduct, '/api/products/:id/recommendations'),
  forUser: publicRoute(recommendationRoutes.forUser, '/api/recommendations'),
  popular: publicRoute(recommendationRoutes.popular, '/api/recommendations/popular'),
};
