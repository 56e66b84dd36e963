import Type from 'typebox';
import { Id, Timestamp } from '../common/ids.js';

/** Where a shipment is: label_created → shipped → delivered, or cancelled before it shipped. */
export const ShipmentStatus = Type.Union([
  Type.Literal('label_created'),
  Type.Literal('shipped'),
  Type.Literal('delivered'),
  Type.Literal('cancelled'),
]);
/** Where a shipment is. */
export type ShipmentStatus = Type.Static<typeof ShipmentStatus>;

/** The query of `GET /shipments`: the caller's shipments, or the one of their order. */
export const ShipmentListQuery = Type.Object({ orderId: Type.Optional(Id) }, { additionalProperties: false });
/** The query of `GET /shipments`. */
export type ShipmentListQuery = Type.Static<typeof ShipmentListQuery>;

/** A shipment of a paid order and the statuses it went through. */
export const Shipment = Type.Object({
  id: Type.String({ description: 'opaque, e.g. shp_3f2a…' }),
  orderId: Id,
  status: ShipmentStatus,
  trackingNumber: Type.String(),
  createdAt: Timestamp,
  history: Type.Array(Type.Object({ status: ShipmentStatus, at: Timestamp })),
});
/** A shipment. */
export type Shipment = Type.Static<typeof Shipment>;

/** The answer of `GET /shipments`, newest first. */
export const ShipmentList = Type.Object({ items: Type.Array(Shipment) });
/** The answer of `GET /shipments`. */
export type ShipmentList = Type.Static<typeof ShipmentList>;
