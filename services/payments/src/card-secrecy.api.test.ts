import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@bazaar/platform/testing';
import { PaymentRequested } from '@bazaar/contracts/orders';
import { shopperHeaders, startPayments, type PaymentsTestApp } from './testing/payments-test-app.js';

const cards = ['4242424242424242', '5555555555554444', '4000000000000002'];
const cvc = '987';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`card numbers are never kept, on ${engine}`, () => {
    let payments: PaymentsTestApp;

    beforeAll(async () => {
      payments = await startPayments(engine);
      const headers = await shopperHeaders(payments.issuer, 'usr_secrecy');
      for (const [index, cardNumber] of cards.entries()) {
        const payload = { cardNumber, expMonth: 12, expYear: 2099, cvc };
        const token = (await payments.app.inject({ method: 'POST', url: '/tokens', headers, payload })).json()
          .token;
        const orderId = `ord_secrecy_${index}`;
        const expiresAt = new Date(Date.now() + 60_000).toISOString();
        const amount = { amount: 100, currency: 'USD' as const };
        await payments.peer.publish(PaymentRequested, {
          orderId,
          userId: 'usr_secrecy',
          paymentToken: token,
          amount,
          expiresAt,
        });
        await Promise.race([
          payments.peer.waitFor<{ orderId: string }>(
            'payments.payment.succeeded',
            (data) => data.orderId === orderId,
          ),
          payments.peer.waitFor<{ orderId: string }>(
            'payments.payment.failed',
            (data) => data.orderId === orderId,
          ),
        ]);
      }
    });
    afterAll(async () => payments?.close());

    it('keeps no card number in any row of any table', async () => {
      const tables = await payments.database.db.introspection.getTables();
      expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['card_tokens', 'payments']));
      for (const table of tables) {
        const rows = await sql`select * from ${sql.table(table.name)}`.execute(payments.database.db);
        const text = JSON.stringify(rows.rows);
        for (const cardNumber of cards) expect(text).not.toContain(cardNumber);
      }
    });

    // On PostgreSQL the data lives in the server, and the rows above are all of it.
    if (engine !== 'sqlite') return;
    it('keeps no card number in any file of the data folder', () => {
      const dataDir = payments.testDatabase.location.dataDir;
      const files = fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' });
      const contents = files
        .map((file) => path.join(dataDir, file))
        .filter((file) => fs.statSync(file).isFile())
        .map((file) => fs.readFileSync(file).toString('latin1'));
      expect(contents.length).toBeGreaterThan(1);
      for (const content of contents)
        for (const cardNumber of cards) expect(content).not.toContain(cardNumber);
    });
  });
}
