import Type from 'typebox';

/** An opaque id such as `ord_3f2a…`, `prd_…`, `usr_…`. */
export const Id = Type.String({ minLength: 1, maxLength: 64 });

/** An ISO-8601 UTC timestamp. */
export const Timestamp = Type.String({ format: 'date-time' });

/** A quantity of one product in an order line: 1–99. */
export const LineQuantity = Type.Integer({ minimum: 1, maximum: 99 });
