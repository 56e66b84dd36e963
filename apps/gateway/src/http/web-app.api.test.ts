// The storefront's files through the gateway's plugin, in-process: caching, precompressed copies,
// the fallback to the app for page paths, and /api keeping its problem+json 404 and 405.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpApp } from '@bazaar/platform';
import { registerWebApp } from './web-app.js';

let root = '';
let app: HttpApp;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  fs.writeFileSync(path.join(root, `${file}.br`), zlib.brotliCompressSync(text));
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
  write('index.html', '<!doctype html><title>Bazaar</title>');
  write('assets/index-abc123.js', 'console.log("shop")');
  app = await createHttpServer({ service: 'gateway', log: { level: 'silent' } });
  app.post('/api/checkout', async () => ({}));
  await registerWebApp(app, root);
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the storefront served by the gateway', () => {
  it('sends index.html for / and for every page path, revalidated, with a content security policy', async () => {
    for (const url of ['/', '/search?q=lamp', '/orders/ord_1']) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toContain('text/html');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.body).toContain('<title>Bazaar</title>');
    }
  });

  it('sends hashed assets cached for a year, Brotli-compressed when the browser accepts it', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(answer.rawPayload).toString()).toBe('console.log("shop")');
  });

  it('answers a missing asset, an unknown /api route and another method with the kit’s problems', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/gone.js' })).statusCode).toBe(404);
    const unknown = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect([unknown.statusCode, unknown.headers['content-type'], unknown.json().code]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
      'NOT_FOUND',
    ]);
    const wrongMethod = await app.inject({ method: 'GET', url: '/api/checkout' });
    expect([wrongMethod.statusCode, wrongMethod.headers.allow]).toEqual([405, 'POST']);
    expect((await app.inject({ method: 'DELETE', url: '/orders' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/health/nothing' })).statusCode).toBe(404);
  });
});
