import Type from 'typebox';
import { Id, Timestamp } from '../common/ids.js';

/** What a notification is about. */
export const NotificationType = Type.Union([
  Type.Literal('welcome'),
  Type.Literal('order_paid'),
  Type.Literal('order_cancelled'),
  Type.Literal('shipment_shipped'),
  Type.Literal('shipment_delivered'),
]);
/** What a notification is about. */
export type NotificationType = Type.Static<typeof NotificationType>;

/** One message to a user; `orderId` names the order it is about, when it is about one. */
export const Notification = Type.Object(
  {
    id: Id,
    type: NotificationType,
    title: Type.String(),
    body: Type.String(),
    orderId: Type.Optional(Id),
    createdAt: Timestamp,
    read: Type.Boolean(),
  },
  { additionalProperties: false },
);
/** One message to a user. */
export type Notification = Type.Static<typeof Notification>;

/** The answer of `GET /notifications`: the caller's latest notifications, newest first (at most 100). */
export const NotificationList = Type.Object({ items: Type.Array(Notification) });
/** The answer of `GET /notifications`. */
export type NotificationList = Type.Static<typeof NotificationList>;

/** The path parameters of `POST /notifications/:id/read`. */
export const NotificationIdParams = Type.Object({ id: Id }, { additionalProperties: false });
/** The path parameters of `POST /notifications/:id/read`. */
export type NotificationIdParams = Type.Static<typeof NotificationIdParams>;
