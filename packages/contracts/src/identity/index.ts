// Identity's contract: the auth HTTP schemas and what every verifier needs to check an access token.
export * from './users.js';
export * from './auth.js';
export * from './access-tokens.js';
export * from './events.js';
export * from './identity.routes.js';
