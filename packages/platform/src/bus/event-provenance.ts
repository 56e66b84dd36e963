// Events that prove their source (docs/decisions/0030): the one rule every consumer applies, on
// both transports, before an event may reach a handler. An event type has one owner, the process
// whose entry in system/bazaar.system.ts publishes it; only an event that owner signed is applied.
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';
import { bazaar, type SystemDeclaration } from '@bazaar/system';
import type { Delivery } from './bus-types.js';

/** The message header carrying the sender's Ed25519 signature over the body (base64url). */
export const eventSignatureHeader = 'x-bazaar-signature';

/** Who owns each event type: the one process whose declaration publishes it. */
export function eventOwners(system: Pick<SystemDeclaration, 'processes'> = bazaar): Map<string, string> {
  const owners = new Map<string, string>();
  for (const spec of system.processes) for (const type of spec.publishes) owners.set(type, spec.name);
  return owners;
}

/** Signs an outgoing event's body (the envelope's JSON, byte for byte as sent). */
export type EventSigner = (body: string) => string;

/** A signer over this process's private Ed25519 JWK (SERVICE_KEY). */
export function eventSigner(privateJwk: JWK): EventSigner {
  const key = createPrivateKey({ key: privateJwk as never, format: 'jwk' });
  return (body) => sign(null, Buffer.from(body, 'utf8'), key).toString('base64url');
}

/** What a delivery carries to show who sent it. */
export interface SenderProof {
  /** The `x-bazaar-signature` header, if any. */
  signature?: unknown;
  /** RabbitMQ's `user-id` property: the broker refuses one that is not the publishing connection's user. */
  brokerUser?: string | undefined;
}

/** Says why an event may not be applied, or undefined when its owner provably sent it. */
export type ProvenanceCheck = (
  event: { type: string; source: string },
  body: string,
  proof: SenderProof,
) => string | undefined;

/** What the rule is built from: the owners of event types and, when configured, every process's public key. */
export interface ProvenanceSettings {
  owners?: ReadonlyMap<string, string>;
  /** Every process name (a broker user that is one must be the owner). Default: the declaration's. */
  processes?: readonly string[];
  /** SERVICE_PUBLIC_KEYS by process name. Unset: signatures cannot be checked (a bus without a key ring). */
  publicKeys?: Record<string, JWK> | undefined;
}

/**
 * The rule: the type must have a declared owner; the envelope's source must be that owner; a
 * broker-validated user that names another process is refused; and where public keys are
 * configured, the body must carry a valid signature by the owner's key. Without public keys only
 * the declaration is checked (in-process tests without a ring); the runner always provides them.
 */
export function provenanceCheck(settings: ProvenanceSettings = {}): ProvenanceCheck {
  const owners = settings.owners ?? eventOwners();
  const processes = new Set([
    ...owners.values(),
    ...(settings.processes ?? bazaar.processes.map((spec) => spec.name)),
  ]);
  const keys = settings.publicKeys ? publicKeyCache(settings.publicKeys) : undefined;
  return (event, body, proof) => {
    const owner = owners.get(event.type);
    if (!owner) return `forged event: no process declares ${event.type}`;
    if (event.source !== owner)
      return `forged event: ${event.type} is owned by ${owner}, but its source says ${event.source}`;
    // a process's broker user is `<process>`, or `<process>@<vhost>` off the default virtual host
    const user = proof.brokerUser?.split('@')[0];
    if (user && user !== owner && processes.has(user))
      return `forged event: ${event.type} is owned by ${owner}, but broker user ${user} published it`;
    if (!keys) return undefined;
    const key = keys.get(owner);
    if (!key) return `forged event: no public key for ${owner}, the owner of ${event.type}`;
    if (typeof proof.signature !== 'string' || proof.signature.length === 0)
      return `forged event: ${event.type} carries no signature of its owner ${owner}`;
    if (!verifies(body, proof.signature, key))
      return `forged event: ${event.type}'s signature does not verify against ${owner}'s key`;
    return undefined;
  };
}

/** Why the delivery's sender may not have sent this event, or undefined when it proved it may. */
export function provenanceProblem(
  check: ProvenanceCheck | undefined,
  event: { type: string; source: string },
  delivery: Pick<Delivery, 'body' | 'headers' | 'brokerUser'>,
): string | undefined {
  if (!check) return undefined;
  const signature = delivery.headers?.[eventSignatureHeader];
  return check(event, delivery.body, { signature, brokerUser: delivery.brokerUser });
}

function verifies(body: string, signature: string, key: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(body, 'utf8'), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** Public keys imported on first use, by process name. */
function publicKeyCache(jwks: Record<string, JWK>): { get(name: string): KeyObject | undefined } {
  const imported = new Map<string, KeyObject>();
  return {
    get: (name) => {
      const jwk = jwks[name];
      if (!jwk) return undefined;
      let key = imported.get(name);
      if (!key) {
        const { d: _private, ...publicJwk } = jwk;
        key = createPublicKey({ key: publicJwk as never, format: 'jwk' });
        imported.set(name, key);
      }
      return key;
    },
  };
}
