import { AsyncLocalStorage } from 'node:async_hooks';

/** What travels with one unit of work (a request or a handled event) across async calls. */
export interface RequestContext {
  requestId: string;
  correlationId: string;
  /** The caller's Authorization header, forwarded on calls made on its behalf. */
  authorization?: string;
  /** When this work must be done, on this process's monotonic clock (`performance.now()`); see deadline.ts. */
  deadlineAt?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with the given context visible to logs and outbound calls made inside it. */
export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the work in progress, if any. */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
