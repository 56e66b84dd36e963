import { describe, expect, it } from 'vitest';
import { generateServiceKeyRing, publicServiceKeys } from '../auth/service-keys.js';
import { eventOwners, eventSigner, provenanceCheck, provenanceProblem } from './event-provenance.js';

const ring = await generateServiceKeyRing(['payments', 'cart', 'orders']);
const publicKeys = publicServiceKeys(ring);
const check = provenanceCheck({ publicKeys });
const signedBy = (name: 'payments' | 'cart', body: string) => eventSigner(ring[name]!)(body);

const paid = { type: 'payments.payment.succeeded', source: 'payments' };
const body = JSON.stringify({ id: 'e-1', ...paid, data: { orderId: 'o-1' } });

describe('the owners of event types', () => {
  it('are the processes whose declaration publishes them', () => {
    const owners = eventOwners();
    expect(owners.get('payments.payment.succeeded')).toBe('payments');
    expect(owners.get('orders.order.paid')).toBe('orders');
    expect(owners.has('cart.cart.cleared')).toBe(false);
  });
});

describe('the provenance rule', () => {
  it('accepts an event its owner signed', () => {
    expect(check(paid, body, { signature: signedBy('payments', body) })).toBeUndefined();
  });

  it('refuses an event signed with another process key, naming the owner', () => {
    expect(check(paid, body, { signature: signedBy('cart', body) })).toBe(
      "forged event: payments.payment.succeeded's signature does not verify against payments's key",
    );
  });

  it('refuses an unsigned event, or one whose signature is garbage', () => {
    expect(check(paid, body, {})).toContain('carries no signature of its owner payments');
    expect(check(paid, body, { signature: 'not-a-signature' })).toContain('does not verify');
    expect(check(paid, body, { signature: 42 })).toContain('carries no signature');
  });

  it('refuses a body changed after signing (the signature covers every byte)', () => {
    const signature = signedBy('payments', body);
    const changed = body.replace('o-1', 'o-2');
    expect(check(paid, changed, { signature })).toContain('does not verify');
  });

  it('refuses an event whose source is not the owner of its type, even when that source signed it', () => {
    const fromCart = { ...paid, source: 'cart' };
    expect(check(fromCart, body, { signature: signedBy('cart', body) })).toBe(
      'forged event: payments.payment.succeeded is owned by payments, but its source says cart',
    );
  });

  it('refuses a type no process declares', () => {
    const unknown = { type: 'cart.cart.cleared', source: 'cart' };
    expect(check(unknown, body, { signature: signedBy('cart', body) })).toBe(
      'forged event: no process declares cart.cart.cleared',
    );
  });

  it('refuses an event a broker-validated user of another process published, and ignores a non-process user', () => {
    const signature = signedBy('payments', body);
    expect(check(paid, body, { signature, brokerUser: 'cart' })).toContain('broker user cart published it');
    expect(check(paid, body, { signature, brokerUser: 'cart@run_1' })).toContain(
      'broker user cart published it',
    );
    expect(check(paid, body, { signature, brokerUser: 'payments' })).toBeUndefined();
    expect(check(paid, body, { signature, brokerUser: 'payments@run_1' })).toBeUndefined();
    expect(check(paid, body, { signature, brokerUser: 'guest' })).toBeUndefined();
  });

  it('without public keys checks the declaration alone', () => {
    const declarationOnly = provenanceCheck({});
    expect(declarationOnly(paid, body, {})).toBeUndefined();
    expect(declarationOnly({ ...paid, source: 'cart' }, body, {})).toContain('owned by payments');
    expect(declarationOnly(paid, body, { brokerUser: 'cart' })).toContain('broker user cart');
  });

  it('refuses when the owner has no public key in the ring', () => {
    const withoutPayments = provenanceCheck({ publicKeys: { cart: publicKeys.cart! } });
    expect(withoutPayments(paid, body, { signature: signedBy('payments', body) })).toBe(
      'forged event: no public key for payments, the owner of payments.payment.succeeded',
    );
  });

  it('reads the signature from the delivery headers', () => {
    const headers = { 'x-bazaar-signature': signedBy('payments', body) };
    expect(provenanceProblem(check, paid, { body, headers })).toBeUndefined();
    expect(provenanceProblem(check, paid, { body, headers: {} })).toContain('no signature');
    expect(provenanceProblem(undefined, paid, { body })).toBeUndefined();
  });
});
