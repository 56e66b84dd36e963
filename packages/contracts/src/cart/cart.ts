import Type from 'typebox';
import { Id, LineQuantity } from '../common/ids.js';
import { Money } from '../common/money.js';

/** The most units of one product a cart line may hold. */
export const maxLineQuantity = 99;

/** One line of a cart, priced at the catalog's current price. */
export const CartLine = Type.Object(
  { productId: Id, name: Type.String(), quantity: LineQuantity, unitPrice: Money, lineTotal: Money },
  { additionalProperties: false },
);
/** One line of a cart. */
export type CartLine = Type.Static<typeof CartLine>;

/** A shopper's cart; the total is always computed from current prices. */
export const Cart = Type.Object(
  { items: Type.Array(CartLine), total: Money },
  { additionalProperties: false },
);
/** A shopper's cart. */
export type Cart = Type.Static<typeof Cart>;

/** The body of `POST /cart/items`: add units of a product to its line. */
export const AddCartItemBody = Type.Object(
  { productId: Id, quantity: LineQuantity },
  { additionalProperties: false },
);
/** The body of `POST /cart/items`. */
export type AddCartItemBody = Type.Static<typeof AddCartItemBody>;

/** The body of `PUT /cart/items/:productId`: the line's new quantity; 0 removes it. */
export const SetCartItemBody = Type.Object(
  { quantity: Type.Integer({ minimum: 0, maximum: maxLineQuantity, description: '0 removes the line' }) },
  { additionalProperties: false },
);
/** The body of `PUT /cart/items/:productId`. */
export type SetCartItemBody = Type.Static<typeof SetCartItemBody>;

/** The path parameter naming one cart line by its product. */
export const CartItemParams = Type.Object({ productId: Id }, { additionalProperties: false });
/** The path parameter naming one cart line. */
export type CartItemParams = Type.Static<typeof CartItemParams>;
