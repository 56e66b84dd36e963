import type { Database } from '@bazaar/platform';
import type { Generated, Kysely } from 'kysely';

/** A row of `users`: the address book, filled from identity.user.registered. */
export interface UsersTable {
  user_id: string;
  email: string;
  name: string;
  registered_at: string;
}

/** Where a notification's email stands. */
export type EmailStatus = 'pending' | 'sent' | 'failed' | 'not_configured';

/**
 * A row of `notifications`. `seq` orders them (newest first); `source_event_id` and `dedupe_key`
 * are unique so one fact gives one notification; times are ISO 8601 text.
 */
export interface NotificationsTable {
  seq: Generated<number>;
  id: string;
  user_id: string;
  type: string;
  title: string;
  body: string;
  order_id: string | null;
  source_event_id: string;
  dedupe_key: string;
  created_at: string;
  read_at: string | null;
  email_status: EmailStatus;
  email_attempts: number;
  email_next_attempt_at: string | null;
  email_last_error: string | null;
  email_sent_at: string | null;
}

/** The tables of notifications, as Kysely sees them. */
export interface NotificationsSchema {
  users: UsersTable;
  notifications: NotificationsTable;
}

/** The notifications database. */
export type NotificationsDatabase = Database<NotificationsSchema>;

/** A connection or a transaction on the notifications database: repositories accept either. */
export type NotificationsDb = Kysely<NotificationsSchema>;
