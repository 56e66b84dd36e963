import { describe, expect, it } from 'vitest';
import { toProblem } from './problem-details.js';

describe('problem details', () => {
  it('answers an unreachable database with 503 SERVICE_UNAVAILABLE, any other fault with 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toProblem(refused)).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(toProblem(new Error('boom'))).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
  });
});
