// The kit's first hop: the same forwarding as the floor's bare proxy, built as Bazaar builds the
// gateway (platform HTTP server with request log, metrics, security headers, request context;
// platform client with timeout, retries, breaker and bulkhead, and the answer checked against its
// declared schema), in front of the real catalog.
import {
  createHttpServer,
  createLogger,
  createServiceClient,
  installServiceCredential,
  serviceCredentialMinter,
} from '@bazaar/platform';
import { catalogRoutes, ProductIdParams } from '@bazaar/contracts/catalog';

installServiceCredential(serviceCredentialMinter('gateway', process.env)); // as the gateway
const catalog = createServiceClient({ name: 'catalog', baseUrls: [process.argv[2] ?? ''] });
const port = Number(process.argv[3] ?? 0);
const logger = createLogger({ service: 'kit-proxy', level: process.env.LOG_LEVEL ?? 'info', format: 'json' });
const app = await createHttpServer({ service: 'kit-proxy', logger });
app.get('/api/products/:id', { schema: { params: ProductIdParams } }, async (request, reply) => {
  const answer = await catalog.call(catalogRoutes.getProduct, { params: request.params });
  return reply.status(answer.status).send(answer.body);
});
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
