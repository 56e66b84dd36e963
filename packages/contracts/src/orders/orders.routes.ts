import { eventStreamAnswer, EventStreamHeaders, eventStreamType } from '../common/event-stream.js';
import { defineRoute, problemResponses } from '../routes/index.js';
import { CheckoutAnswer, CheckoutBody } from './checkout.js';
import { Order, OrderIdParams, OrderListQuery, OrderPage } from './order.js';

const tags = ['orders'];

/** The orders service's operations: checkout, the caller's orders, and any order for admins. */
export const orderRoutes = {
  checkOut: defineRoute({
    method: 'POST',
    path: '/checkout',
    summary: 'Place the caller’s cart as an order; the same idempotency key gives the same order',
    tags,
    body: CheckoutBody,
    idempotent: true,
    responses: {
      200: CheckoutAnswer,
      202: CheckoutAnswer,
      ...problemResponses(400, 401, 409, 413, 415, 422, 503),
    },
  }),
  listOrders: defineRoute({
    method: 'GET',
    path: '/orders',
    summary: 'One page of the caller’s orders, newest first',
    tags,
    query: OrderListQuery,
    responses: { 200: OrderPage, ...problemResponses(400, 401) },
  }),
  getOrder: defineRoute({
    method: 'GET',
    path: '/orders/:id',
    summary: 'One of the caller’s orders',
    tags,
    params: OrderIdParams,
    responses: { 200: Order, ...problemResponses(400, 401, 404) },
  }),
  cancelOrder: defineRoute({
    method: 'POST',
    path: '/orders/:id/cancel',
    summary:
      'Cancel one of the caller’s orders until it ships; a paid one is refunded once shipping has stopped its shipment (409 ORDER_ALREADY_SHIPPED when it left first)',
    tags,
    params: OrderIdParams,
    idempotent: true,
    responses: { 200: Order, ...problemResponses(400, 401, 404, 409, 503) },
  }),
  followOrder: defineRoute({
    method: 'GET',
    path: '/orders/:id/events',
    summary: 'The caller’s order’s status changes as they happen (text/event-stream)',
    description:
      'The first event is the current state (or, with Last-Event-ID, the first change after it); ' +
      'each event’s id is the change’s index in the order’s history and its data the Order. ' +
      'The stream ends after delivered or cancelled has been sent. Another user’s order is 404.',
    tags,
    params: OrderIdParams,
    headers: EventStreamHeaders,
    produces: eventStreamType,
    responses: {
      200: eventStreamAnswer('One event per status change; data is the Order'),
      ...problemResponses(400, 401, 404),
    },
  }),
  getAnyOrder: defineRoute({
    method: 'GET',
    path: '/admin/orders/:id',
    summary: 'Any user’s order (admin)',
    tags: ['orders admin'],
    params: OrderIdParams,
    responses: { 200: Order, ...problemResponses(400, 401, 403, 404) },
  }),
};
