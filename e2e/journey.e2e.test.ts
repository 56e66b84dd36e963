// The first shopper journey across real processes started by `npm start`: sign up, log in, see
// yourself, browse the catalog; an admin adds a product (a shopper may not); after a restart of the
// whole system the product is still there.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from './support/http.js';
import { startSystem, type RunningSystem } from './support/system.js';

interface Session {
  user: { id: string; email: string; role: string };
  accessToken: string;
}
interface ProductList {
  items: Array<{ id: string; name: string; category: string }>;
  total: number;
}

describe('the first journey through the real system', () => {
  let system: RunningSystem;
  const api = (route: string, request: Parameters<typeof fetchJson>[1] = {}) =>
    fetchJson<Record<string, unknown>>(`${system.baseUrl}${route}`, request);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system?.remove();
  });

  it('prints the generated admin password once and keeps it in the data directory', () => {
    const saved = JSON.parse(fs.readFileSync(path.join(system.dataDir, 'admin-credentials.json'), 'utf8'));
    expect(system.output()).toContain(saved.password);
  });

  it('signs up, logs in, and shows the signed-in user', async () => {
    const credentials = { email: 'journey@example.com', password: 'a long enough password' };
    const signup = await api('/api/auth/signup', { body: { ...credentials, name: 'Jo' } });
    expect(signup.status).toBe(201);
    expect(signup.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const again = await api('/api/auth/signup', { body: { ...credentials, name: 'Jo' } });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
    const login = await api('/api/auth/login', { body: credentials });
    expect(login.status).toBe(200);
    const session = login.body as unknown as Session;
    const me = await api('/api/me', { headers: bearer(session.accessToken) });
    expect(me.body).toMatchObject({ user: { email: credentials.email, role: 'customer' } });
    const wrong = await api('/api/auth/login', { body: { ...credentials, password: 'not the password' } });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('browses the seeded catalog: categories, a page of products and a product page', async () => {
    const categories = (await api('/api/categories')).body as {
      items: Array<{ id: string; productCount: number }>;
    };
    expect(categories.items.length).toBeGreaterThanOrEqual(8);
    const audio = (await api(`/api/products?category=${categories.items[0]!.id}&pageSize=5`))
      .body as unknown as ProductList;
    expect(audio.items).toHaveLength(5);
    expect(audio.total).toBe(categories.items[0]!.productCount);
    const all = (await api('/api/products?pageSize=100')).body as unknown as ProductList;
    expect(all.total).toBeGreaterThanOrEqual(200);
    const product = await api(`/api/products/${all.items[0]!.id}`);
    expect(product.body).toMatchObject({ id: all.items[0]!.id, name: all.items[0]!.name });
    const image = await fetch(`${system.baseUrl}${String(product.body.imageUrl)}`);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
  });

  it('lets the admin add a product, refuses a shopper, and keeps the product across a restart', async () => {
    const admin = JSON.parse(fs.readFileSync(path.join(system.dataDir, 'admin-credentials.json'), 'utf8'));
    const adminSession = (
      await api('/api/auth/login', { body: { email: admin.email, password: admin.password } })
    ).body as unknown as Session;
    const shopper = (
      await api('/api/auth/signup', {
        body: { email: 'shopper@example.com', password: 'another long password', name: 'S' },
      })
    ).body as unknown as Session;
    const product = {
      sku: 'E2E-0001',
      name: 'Journey Test Lamp',
      description: 'A lamp.',
      category: 'home-kitchen',
      price: { amount: 2599, currency: 'USD' },
    };
    const refused = await api('/api/admin/products', { body: product, headers: bearer(shopper.accessToken) });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    const created = await api('/api/admin/products', {
      body: product,
      headers: bearer(adminSession.accessToken),
    });
    expect(created.status).toBe(201);

    await system.restart();

    const after = await api(`/api/products/${String(created.body.id)}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ sku: 'E2E-0001', name: 'Journey Test Lamp', price: { amount: 2599 } });
    const stillValid = await api('/api/me', { headers: bearer(adminSession.accessToken) });
    expect(stillValid.status).toBe(200);
  });
});
