import type { Money } from '@bazaar/contracts/common';
import type {
  CancellationReason,
  OrderLine,
  OrderStatus,
  PaymentSummary,
  ShipmentSummary,
  ShippingAddress,
  StatusChange,
} from '@bazaar/contracts/orders';

/** An order with everything the saga remembers about it, as stored; never a card number. */
export interface OrderRecord {
  id: string;
  userId: string;
  idempotencyKey: string;
  requestFingerprint: string;
  status: OrderStatus;
  cancellationReason: CancellationReason | null;
  items: OrderLine[];
  total: Money;
  shippingAddress: ShippingAddress;
  /** The card token payments issued; charged once the stock is reserved. */
  paymentToken: string;
  payment: PaymentSummary;
  /** Set when payments captured the order's money. */
  paymentId: string | null;
  /** Set when orders asked payments to give the money back (at most once). */
  refundRequestedAt: string | null;
  /** Set when payments reported the refund done. */
  refundedAt: string | null;
  shipment: ShipmentSummary | null;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}
