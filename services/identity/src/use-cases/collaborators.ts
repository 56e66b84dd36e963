import type { Bus } from '@bazaar/platform';
import type { IdentityDatabase, IdentityTables } from '../data/schema.js';
import type { AccessTokens } from '../security/access-tokens.js';
import type { PasswordHasher } from '../security/passwords.js';
import type { SessionLimits } from '../domain/sessions.js';
import type { LoginThrottle } from '../security/login-throttle.js';

/** What identity's use cases work with; built once by `buildApp`, replaceable in tests. */
export interface Collaborators {
  database: IdentityDatabase;
  bus: Bus<IdentityTables>;
  passwords: PasswordHasher;
  accessTokens: AccessTokens;
  sessionLimits: SessionLimits;
  loginThrottle: LoginThrottle;
  now: () => Date;
}
