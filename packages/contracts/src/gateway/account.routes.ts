import { identityRoutes } from '../identity/identity.routes.js';
import { notificationRoutes } from '../notifications/notifications.routes.js';
import { CheckoutAnswer } from '../orders/checkout.js';
import { orderRoutes } from '../orders/orders.routes.js';
import { defineRoute, problemResponses } from '../routes/index.js';
import { CheckoutHeaders, PublicCheckoutBody } from './checkout.js';
import { gatewayProblems, publicRoute } from './public-route.js';

/** The public account routes: sign-up and sessions, checkout, orders and notifications. */
export const publicAccountRoutes = {
  signUp: publicRoute(identityRoutes.signUp, '/api/auth/signup'),
  logIn: publicRoute(identityRoutes.logIn, '/api/auth/login'),
  refresh: publicRoute(identityRoutes.refresh, '/api/auth/refresh'),
  logOut: publicRoute(identityRoutes.logOut, '/api/auth/logout'),
  me: publicRoute(identityRoutes.me, '/api/me'),
  checkOut: defineRoute({
    method: 'POST',
    path: '/api/checkout',
    summary: 'Check out the cart: 202 a pending order; the same key and body give the same order',
    tags: ['orders'],
    headers: CheckoutHeaders,
    body: PublicCheckoutBody,
    responses: {
      200: CheckoutAnswer,
      202: CheckoutAnswer,
      ...problemResponses(400, 401, 409, 413, 415, 422),
      ...gatewayProblems,
    },
  }),
  listOrders: publicRoute(orderRoutes.listOrders, '/api/orders'),
  getOrder: publicRoute(orderRoutes.getOrder, '/api/orders/:id'),
  cancelOrder: publicRoute(orderRoutes.cancelOrder, '/api/orders/:id/cancel'),
  listNotifications: publicRoute(notificationRoutes.listNotifications, '/api/notifications'),
  markNotificationRead: publicRoute(notificationRoutes.markNotificationRead, '/api/notifications/:id/read'),
};
