import Type from 'typebox';

/** The `iss` claim of every access token. */
export const accessTokenIssuer = 'bazaar-identity';
/** The `aud` claim of every access token. */
export const accessTokenAudience = 'bazaar';
/** The only signature algorithm access tokens use (Ed25519); verifiers accept nothing else. */
export const accessTokenAlgorithm = 'EdDSA';
/** The `typ` header of an access token (RFC 9068): an ID token or any other JWT is refused. */
export const accessTokenType = 'at+jwt';
/** The longest an access token may live (`exp - iat`), and the oldest `iat` a verifier accepts. */
export const accessTokenMaxAgeSeconds = 900;
/** The longest compact token a verifier reads; anything longer is refused before parsing. */
export const accessTokenMaxLength = 4096;
/** Where identity publishes the public keys that verify access tokens. */
export const jwksPath = '/.well-known/jwks.json';

/** The claims of an access token. */
export const AccessTokenClaims = Type.Object({
  sub: Type.String({ description: 'user id' }),
  email: Type.String(),
  role: Type.Union([Type.Literal('customer'), Type.Literal('admin')]),
  iss: Type.Literal(accessTokenIssuer),
  aud: Type.Literal(accessTokenAudience),
  iat: Type.Integer(),
  exp: Type.Integer({ description: 'at most 15 minutes after iat' }),
});
/** The claims of an access token. */
export type AccessTokenClaims = Type.Static<typeof AccessTokenClaims>;

/** One public Ed25519 key, as published in the JWKS. */
export const PublicJwk = Type.Object({
  kty: Type.Literal('OKP'),
  crv: Type.Literal('Ed25519'),
  x: Type.String(),
  kid: Type.String(),
  alg: Type.Literal(accessTokenAlgorithm),
  use: Type.Literal('sig'),
});
/** One public Ed25519 key. */
export type PublicJwk = Type.Static<typeof PublicJwk>;

/** `GET /.well-known/jwks.json`: the keys that verify current access tokens (public parts only). */
export const Jwks = Type.Object({ keys: Type.Array(PublicJwk) });
/** The published key set. */
export type Jwks = Type.Static<typeof Jwks>;
