import { trace, type Attributes } from '@opentelemetry/api';
import { searchAttributes } from './span-store.js';

/** Marks the active span (the request's) with the signed-in user, so their traces can be found. */
export function markSpanUser(userId: string): void {
  trace.getActiveSpan()?.setAttribute(searchAttributes.userId, userId);
}

/** The search attributes an event's data names: its order and its user, where it has them. */
export function eventSearchAttributes(data: unknown): Attributes {
  if (typeof data !== 'object' || data === null) return {};
  const { orderId, userId } = data as { orderId?: unknown; userId?: unknown };
  return {
    ...(typeof orderId === 'string' ? { [searchAttributes.orderId]: orderId } : {}),
    ...(typeof userId === 'string' ? { [searchAttributes.userId]: userId } : {}),
  };
}
