import Type from 'typebox';

/** An account's role: shoppers are customers; the admin manages the store. */
export const Role = Type.Union([Type.Literal('customer'), Type.Literal('admin')]);
/** An account's role. */
export type Role = Type.Static<typeof Role>;

/** A user as the API shows it: never a password or a hash. */
export const User = Type.Object({
  id: Type.String({ description: 'opaque user id' }),
  email: Type.String({ description: 'lower-cased email address' }),
  name: Type.String(),
  role: Role,
});
/** A user as the API shows it. */
export type User = Type.Static<typeof User>;

/** `GET /me`: the signed-in user. */
export const MeResponse = Type.Object({ user: User });
/** The signed-in user. */
export type MeResponse = Type.Static<typeof MeResponse>;
