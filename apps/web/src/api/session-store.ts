// The access token lives in memory only; the httpOnly refresh cookie brings it back after a reload.
import type { AuthSession, User } from '@bazaar/contracts/identity';

type Listener = (user: User | null) => void;

let accessToken: string | null = null;
let currentUser: User | null = null;
const listeners = new Set<Listener>();
// Only a hint that a refresh cookie may exist (never the token), so a first visit skips the refresh.
const signedInHint = 'bazaar.signedIn';

/** True when this browser signed in before and has not logged out since. */
export function maySignInAgain(): boolean {
  return localStorage.getItem(signedInHint) === '1';
}

/** The signed-in user, or null. */
export function sessionUser(): User | null {
  return currentUser;
}

/** The current access token, or null when signed out. */
export function sessionToken(): string | null {
  return accessToken;
}

/** Keeps a new session (or forgets it with null) and tells every listener. */
export function setSession(session: AuthSession | null): void {
  if (session) localStorage.setItem(signedInHint, '1');
  else localStorage.removeItem(signedInHint);
  accessToken = session?.accessToken ?? null;
  currentUser = session?.user ?? null;
  for (const listener of listeners) listener(currentUser);
}

/** Calls `listener` whenever the user signs in or out; returns the unsubscribe. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
