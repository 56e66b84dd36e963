// Sign up, log in, log out, and getting the session back after a reload (the refresh cookie).
import type { AuthSession, LogInBody, SignUpBody } from '@bazaar/contracts/identity';
import { api, refreshSession } from './http.client.ts';
import { maySignInAgain, setSession } from './session-store.ts';

/** Creates an account and signs in. */
export async function signUp(body: SignUpBody): Promise<void> {
  setSession(await api<AuthSession>('/api/auth/signup', { body }));
}

/** Signs in with email and password. */
export async function logIn(body: LogInBody): Promise<void> {
  setSession(await api<AuthSession>('/api/auth/login', { body }));
}

/** Signs out here and ends the refresh token on the server. */
export async function logOut(): Promise<void> {
  await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  setSession(null);
}

/** Restores the session a reload forgot, when the refresh cookie is still good. */
export async function restoreSession(): Promise<void> {
  if (maySignInAgain() && !(await refreshSession())) setSession(null);
}
