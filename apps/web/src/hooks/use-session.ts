// The signed-in user for components, re-rendered on sign-in and sign-out.
import { useEffect, useState } from 'preact/hooks';
import type { User } from '@bazaar/contracts/identity';
import { onSessionChange, sessionUser } from '../api/session-store.ts';

/** The signed-in user, or null. */
export function useSession(): User | null {
  const [user, setUser] = useState(sessionUser());
  useEffect(() => onSessionChange(setUser), []);
  return user;
}
