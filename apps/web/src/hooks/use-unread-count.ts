// The number of unread notifications, pushed by the server (GET /api/notifications/events) rather
// than polled: the first event carries the current count, every new notification a new one.
import { useEffect, useState } from 'preact/hooks';
import type { Notification } from '@bazaar/contracts/notifications';
import { followEventStream } from '../api/event-stream.ts';
import { useSession } from './use-session.ts';

/** What a notifications event may carry: the unread count, a new notification, or both. */
export interface NotificationEvent {
  unreadCount?: number;
  notification?: Notification;
}

/** The next unread count after an event (a bare new notification counts one more). */
export function nextUnreadCount(count: number, event: NotificationEvent & Partial<Notification>): number {
  if (typeof event.unreadCount === 'number') return event.unreadCount;
  const notification = event.notification ?? (event.id && event.title ? event : undefined);
  return notification && !notification.read ? count + 1 : count;
}

const listeners = new Set<(count: number) => void>();

/** Tells the header a page just changed the count (e.g. marked notifications read). */
export function announceUnreadCount(count: number): void {
  for (const listener of listeners) listener(count);
}

/** The signed-in user's unread count, live; null when signed out or not known yet. */
export function useUnreadCount(): number | null {
  const user = useSession();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    setCount(null);
    if (!user) return;
    listeners.add(setCount);
    const stop = followEventStream<NotificationEvent>('/api/notifications/events', {
      onEvent: (event) => setCount((previous) => nextUnreadCount(previous ?? 0, event)),
    });
    return () => {
      listeners.delete(setCount);
      stop();
    };
  }, [user?.id]);
  return count;
}
