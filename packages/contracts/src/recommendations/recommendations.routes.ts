import { defineRoute, problemResponses } from '../routes/index.js';
import {
  PersonalRecommendations,
  ProductRecommendations,
  RecommendationsQuery,
  RecommendedForProductParams,
} from './recommendations.js';

const tags = ['recommendations'];

/** The recommendations service's operations: beside a product, and for the signed-in shopper. */
export const recommendationRoutes = {
  forProduct: defineRoute({
    method: 'GET',
    path: '/products/:id/recommendations',
    summary: 'Products to show beside this one: bought together with it, else popular',
    tags,
    params: RecommendedForProductParams,
    query: RecommendationsQuery,
    responses: { 200: ProductRecommendations, ...problemResponses(400) },
  }),
  forUser: defineRoute({
    method: 'GET',
    path: '/recommendations',
    summary: 'Picks for the signed-in shopper from their paid orders, else popular; never what they bought',
    tags,
    query: RecommendationsQuery,
    responses: { 200: PersonalRecommendations, ...problemResponses(400, 401) },
  }),
};
