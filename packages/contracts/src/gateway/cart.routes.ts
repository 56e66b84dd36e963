import { cartRoutes } from '../cart/cart.routes.js';
import { publicRoute } from './public-route.js';

/** The public cart: the cart service's routes under `/api`. */
export const publicCartRoutes = {
  getCart: publicRoute(cartRoutes.getCart, '/api/cart'),
  addCartItem: publicRoute(cartRoutes.addCartItem, '/api/cart/items'),
  setCartItem: publicRoute(cartRoutes.setCartItem, '/api/cart/items/:productId'),
  removeCartItem: publicRoute(cartRoutes.removeCartItem, '/api/cart/items/:productId'),
};
