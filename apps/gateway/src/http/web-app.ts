// The storefront (apps/web, built by Vite into its dist/) served at `/`: hashed assets cached for a
// year, index.html revalidated on every load, every other page path answered with index.html so
// the app's router shows it. Brotli and gzip files are written at build time, so nothing is
// compressed per request. Only requests no API route matched reach this: /api and /health keep
// their 404 and 405 answers.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpApp } from '@bazaar/platform';

const apiPrefixes = ['/api', '/health'];
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Where the built storefront is: apps/web/dist, found through the workspace link of @bazaar/web. */
export function webAppRoot(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('@bazaar/web/package.json');
    return path.join(path.dirname(manifest), 'dist');
  } catch {
    return path.resolve('apps/web/dist');
  }
}

/** Serves the storefront from `root` for every GET or HEAD that no route answered outside /api and /health. */
export async function registerWebApp(app: HttpApp, root: string = webAppRoot()): Promise<void> {
  const files = listFiles(root);
  if (!files.has('index.html')) {
    app.log.warn({ root }, 'the storefront is not built (npm run build): / answers 404');
    return;
  }
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true, index: false });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404 || !isPageRequest(request)) return;
    const name = decodedPath(request.url).slice(1);
    if (files.has(name) && name !== 'index.html') return sendAsset(reply, name);
    if (name.startsWith('assets/')) return; // a missing asset is a 404, never the page
    void reply.header('content-security-policy', contentSecurityPolicy);
    return reply.sendFile('index.html', { cacheControl: false }).header('cache-control', 'no-cache');
  });
}

function sendAsset(reply: FastifyReply, name: string): FastifyReply {
  if (name.startsWith('assets/')) return reply.sendFile(name, { maxAge: '365d', immutable: true });
  return reply.sendFile(name, { maxAge: '1h' });
}

function decodedPath(url: string): string {
  const pathname = url.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // not valid percent-encoding: matches no file, so it gets the page
  }
}

function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '/';
  return !apiPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Every file under root by its relative path (compressed copies aside): nothing outside is served. */
function listFiles(root: string): Set<string> {
  if (!fs.existsSync(root)) return new Set();
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  return new Set(
    entries
      .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
}
