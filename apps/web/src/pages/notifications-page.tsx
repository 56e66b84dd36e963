// The shopper's notifications, newest first; opening the page marks them read.
import { useEffect } from 'preact/hooks';
import { shop } from '../api/shop-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { announceUnreadCount } from '../hooks/use-unread-count.ts';
import { formatDateTime } from '../format/money.ts';
import { Empty, ErrorNote, Loading } from '../components/states.tsx';

/** The notifications page (signed in). */
export function NotificationsPage() {
  const list = useResource(() => shop.notifications(), []);
  useEffect(() => {
    const unread = list.data?.items.filter((item) => !item.read) ?? [];
    if (unread.length === 0) return;
    void Promise.all(unread.map((item) => shop.markRead(item.id))).then(
      () => announceUnreadCount(0),
      () => undefined,
    );
  }, [list.data]);
  if (list.error) return <ErrorNote error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading what="Loading your notifications" />;
  return (
    <>
      <h1>Notifications</h1>
      {list.data.items.length === 0 && <Empty>Nothing here yet.</Empty>}
      <ul class="notes" aria-label="Notifications">
        {list.data.items.map((item) => (
          <li key={item.id} class={item.read ? 'note' : 'note unread'}>
            <h2 class="note-title">
              {!item.read && <span class="visually-hidden">New: </span>}
              {item.title}
            </h2>
            <p>{item.body}</p>
            <p class="muted">
              {formatDateTime(item.createdAt)}
              {item.orderId && (
                <>
                  {' '}
                  · <a href={`/orders/${item.orderId}`}>See the order</a>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
