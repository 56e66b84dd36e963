import { Problem } from '@bazaar/contracts';

/** Response schemas declaring the problem+json answers a route may give, for OpenAPI. */
export function problemResponses(...statuses: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(statuses.map((status) => [status, Problem]));
}
