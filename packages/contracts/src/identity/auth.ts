import Type from 'typebox';
import { User } from './users.js';

/** A password as accepted at signup: 10–128 characters. */
const NewPassword = Type.String({ minLength: 10, maxLength: 128, description: '10–128 characters' });

/** `POST /auth/signup` body. */
export const SignUpBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254, description: 'compared without case' }),
    password: NewPassword,
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: '1–100 characters' }),
  },
  { additionalProperties: false },
);
/** `POST /auth/signup` body. */
export type SignUpBody = Type.Static<typeof SignUpBody>;

/** `POST /auth/login` body. */
export const LogInBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
/** `POST /auth/login` body. */
export type LogInBody = Type.Static<typeof LogInBody>;

/** What signup, login and refresh answer: the user and a short-lived access token. */
export const AuthSession = Type.Object({
  user: User,
  accessToken: Type.String({ description: 'send as "Authorization: Bearer <accessToken>"' }),
  expiresIn: Type.Integer({ minimum: 1, description: 'seconds until the access token expires' }),
});
/** The user and a short-lived access token. */
export type AuthSession = Type.Static<typeof AuthSession>;

/** Name of the httpOnly cookie that carries the refresh token (the gateway passes it through). */
export const refreshTokenCookie = 'refresh_token';

/** The header the gateway names the client's address in for identity's sign-in throttle (believed from the gateway only). */
export const clientAddressHeader = 'x-client-address';
