// The number of unread notifications, pushed by the server (GET /api/notifications/events) rather
// than polled: the first `unread` event carries the current count, and another follows every change.
import { useEffect, useState } from 'preact/hooks';
import { followEventStream } from '../api/event-stream.ts';
import { shop } from '../api/shop-api.ts';
import { useSession } from './use-session.ts';

/** The data of an `unread` event. */
export interface UnreadEvent {
  unreadCount: number;
}

/** The unread count after an event: `unread` events carry it; `notification` events are followed by one. */
export function nextUnreadCount(count: number | null, name: string, data: unknown): number | null {
  if (name !== 'unread') return count;
  const unread = (data as Partial<UnreadEvent>).unreadCount;
  return typeof unread === 'number' ? unread : count;
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
    const stop = followEventStream<unknown>('/api/notifications/events', {
      onEvent: (data, name) => setCount((previous) => nextUnreadCount(previous, name, data)),
      // a server without the stream: count once from the list, so the badge is still right on load
      onRefused: () =>
        void shop.notifications().then(
          (list) => setCount(list.items.filter((item) => !item.read).length),
          () => undefined,
        ),
    });
    return () => {
      listeners.delete(setCount);
      stop();
    };
  }, [user?.id]);
  return count;
}
