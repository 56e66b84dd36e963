import Type from 'typebox';

/** The RFC 9457 problem document every error answer carries, with a stable `code`. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.String({ description: 'stable upper-snake error code, e.g. VALIDATION_FAILED' }),
  detail: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
});
/** An error answer. */
export type Problem = Type.Static<typeof Problem>;
