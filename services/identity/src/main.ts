// identity: users, password hashes, sessions and the keys that sign access tokens.
import { runService } from '@bazaar/platform';
import { identityService } from './service.js';

await runService(identityService);
