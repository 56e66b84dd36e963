// Kept only while order-events.routes.ts (being converted to the typed stream) still imports it.
import { signedInUserId } from '@bazaar/platform';

/** The signed-in caller's id: the platform's `signedInUserId` under its old name; use that instead. */
export const callerId = signedInUserId;
