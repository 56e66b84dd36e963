import { Problem } from '../common/problem.js';

/** The problem+json answers a route may give, by status: `problemResponses(401, 404)`. */
export function problemResponses<const Statuses extends readonly number[]>(
  ...statuses: Statuses
): { [Status in Statuses[number]]: typeof Problem } {
  return Object.fromEntries(statuses.map((status) => [status, Problem])) as {
    [Status in Statuses[number]]: typeof Problem;
  };
}
