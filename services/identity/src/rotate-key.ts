// `npm run rotate-key -w @bazaar/identity`: a new key is published now and signs two minutes later;
// running replicas pick it up from the key file without a restart, and the previous key keeps
// verifying until its tokens expire.
import { loadIdentityConfig } from './config.js';
import { openSigningKeyStore } from './security/signing-keys.js';
import { rotateSigningKey } from './use-cases/rotate-signing-key.js';

const config = loadIdentityConfig();
try {
  const rotation = await rotateSigningKey({
    signingKeys: openSigningKeyStore(config),
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    now: () => new Date(),
  });
  process.stdout.write(
    `New signing key ${rotation.kid} is published now and signs from ${rotation.signsFrom}; ` +
      `${rotation.previousKid} still verifies ` +
      `until ${rotation.previousPublishedUntil}.\n`,
  );
} catch (error) {
  process.stderr.write(`Key rotation failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
