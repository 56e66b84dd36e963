import { describe, expect, it } from 'vitest';
import { nextUnreadCount } from './use-unread-count.ts';

describe('the unread count from the notifications stream', () => {
  it('takes the count of every unread event and keeps it across notification events', () => {
    let count = nextUnreadCount(null, 'unread', { unreadCount: 1 });
    expect(count).toBe(1);
    count = nextUnreadCount(count, 'notification', { id: 'ntf_2', title: 'Paid', read: false });
    expect(count).toBe(1);
    expect(nextUnreadCount(count, 'unread', { unreadCount: 2 })).toBe(2);
    expect(nextUnreadCount(count, 'unread', {})).toBe(1);
  });
});
