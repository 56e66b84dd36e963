// A problem document from the gateway, turned into an error a page can show.
import type { Problem } from '@bazaar/contracts';
import { messageFor } from '../format/messages.ts';

/** An answer that was not 2xx: the stable code, a shopper's message, and field errors by field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, problem: Partial<Problem>) {
    const code = problem.code ?? (status >= 500 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN');
    super(messageFor(code));
    this.status = status;
    this.code = code;
    this.fields = Object.fromEntries(
      (problem.errors ?? []).map((error) => [
        error.field.replace(/^\/?(body\/)?/, '').replace(/\//g, '.'),
        error.message,
      ]),
    );
  }
}

/** True when the error means the network or a service is away, so trying again can help. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500 || error.status === 429;
}
