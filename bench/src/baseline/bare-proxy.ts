// The floor's first hop: a bare Fastify server forwarding with undici to the reader.
import Fastify from 'fastify';
import { Pool } from 'undici';

const upstream = new Pool(process.argv[2] ?? '', { connections: 128 });
const port = Number(process.argv[3] ?? 0);
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/api/products/:id', async (request, reply) => {
  const response = await upstream.request({ method: 'GET', path: `/products/${request.params.id}` });
  return reply
    .status(response.statusCode)
    .type('application/json')
    .send(await response.body.text());
});
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
