// Every event type of the system, in one list: what the system declaration's `publishes` and
// `consumes` are typed against, and what the contract tests go through.
import * as catalog from '../catalog/events.js';
import * as identity from '../identity/events.js';
import * as inventory from '../inventory/events.js';
import * as notifications from '../notifications/events.js';
import * as orders from '../orders/events.js';
import * as orderStatus from '../orders/status-events.js';
import * as payments from '../payments/events.js';
import * as shipping from '../shipping/events.js';

/** Every declared event definition, by producing service. */
export const allEvents = [
  ...Object.values(identity),
  ...Object.values(catalog),
  ...Object.values(inventory),
  ...Object.values(orders),
  ...Object.values(orderStatus),
  ...Object.values(payments),
  ...Object.values(shipping),
  ...Object.values(notifications),
] as const;

/** The type (routing key) of every declared event, e.g. `orders.order.paid`. */
export type EventType = (typeof allEvents)[number]['type'];
