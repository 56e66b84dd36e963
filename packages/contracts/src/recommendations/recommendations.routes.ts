import { defineRoute, problemResponses } from '../routes/index.js';
import {
  PersonalRecommendations,
  PopularRecommendations,
  ProductRecommendations,
  RecommendationsQuery,
  RecommendedForProductParams,
} from './recommendations.js';

const tags = ['recommendations'];

/** The recommendations service's operations: beside a product, for the signed-in shopper, for anyone. */
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
  popular: defineRoute({
    method: 'GET',
    path: '/recommendations/popular',
    summary:
      'The best sellers by units in paid orders, for anyone (the home page of a shopper not signed in)',
    tags,
    query: RecommendationsQuery,
    responses: { 200: PopularRecommendations, ...problemResponses(400) },
  }),
};
