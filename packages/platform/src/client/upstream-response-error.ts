import { AppError } from '../http/app-error.js';

/**
 * A dependency answered something its route does not declare (a status or a body): a fault of the
 * system, answered 502 BAD_UPSTREAM_RESPONSE, never passed on as if it were what was declared.
 */
export class UpstreamResponseError extends AppError {
  constructor(
    readonly service: string,
    readonly operation: string,
    readonly upstreamStatus: number,
    readonly problems: string[],
  ) {
    super('BAD_UPSTREAM_RESPONSE', {
      detail: `${service} answered ${operation} with a ${upstreamStatus} it does not declare.`,
    });
    this.name = 'UpstreamResponseError';
  }
}
