import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { defineRoute, routePath } from './define-route.js';
import { problemResponses } from './problem-responses.js';

const getLine = defineRoute({
  method: 'GET',
  path: '/carts/:cartId/lines/:productId',
  summary: 'One line',
  params: Type.Object({ cartId: Type.String(), productId: Type.String() }),
  responses: { 200: Type.Object({ quantity: Type.Integer() }), ...problemResponses(404) },
});

describe('a declared route', () => {
  it('builds its path from its parameters, each encoded', () => {
    expect(routePath(getLine, { cartId: 'c 1', productId: 'a/b' })).toBe('/carts/c%201/lines/a%2Fb');
  });

  it('names what an answer gets wrong: its body for that status, or a status it does not declare', () => {
    expect(getLine.problemsWith(200, { quantity: 2 })).toEqual([]);
    expect(getLine.problemsWith(200, { quantity: 'two' })).toEqual(['/quantity: must be integer']);
    expect(getLine.problemsWith(404, { quantity: 2 }).join()).toContain('code');
    expect(getLine.problemsWith(500, {})).toEqual(['status 500 is not declared']);
  });

  it('refuses a declaration whose path and params disagree', () => {
    expect(() =>
      defineRoute({
        method: 'GET',
        path: '/carts/:id',
        summary: 'x',
        params: Type.Object({ cartId: Type.String() }),
        responses: { 200: Type.Null() },
      }),
    ).toThrow(/path names \[id\], params \[cartId\]/);
  });
});
