// One checkout is one trace: the gateway's request, the saga's events through the broker (outbox
// write → relay publish → consume → handler, in every service it crosses) and the notification,
// read back through GET /api/ops/traces as admin. Runs the bundled processes of `npm start`, on
// the embedded broker with SQLite and on RabbitMQ with PostgreSQL.
import { describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { buy, newProduct, orderReaching, signIn } from './support/shop.js';
import { useSystemOn } from './support/system-on-backend.js';

interface TraceSpan {
  spanId: string;
  parentSpanId: string | null;
  service: string;
  name: string;
  kind: string;
  status: string;
  attributes: Record<string, unknown>;
}
interface Trace {
  traceId: string;
  rootName: string;
  services: string[];
  spans: TraceSpan[];
}

const isQuery = (span: TraceSpan) => 'db.query.text' in span.attributes || 'db.statement' in span.attributes;
const sagaServices = ['gateway', 'orders', 'inventory', 'payments', 'shipping', 'notifications'];

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`a checkout's trace on ${backend.name}`, () => {
    const running = useSystemOn(backend);

    const tracesOf = async (query: string) => {
      const answer = await running.admin.call<{ items: Trace[] }>(`/api/ops/traces?${query}`);
      expect(answer.status).toBe(200);
      return answer.body.items;
    };

    it('is one trace from the gateway through the saga to the notification, linked through the broker', async () => {
      const productId = await newProduct(running.admin, 5);
      const shopper = await signIn(running.system.baseUrl);
      const placed = await buy(shopper, productId);
      expect(placed.status).toBe(202);
      const orderId = placed.body.order.id;
      await orderReaching(shopper, orderId, ['paid', 'shipped', 'delivered']);

      const trace = await eventually(
        async () => {
          const found = (await tracesOf(`orderId=${orderId}`)).find(
            (item) => item.rootName === 'POST /api/checkout',
          );
          const reached = found?.spans.some(
            (span) => span.service === 'notifications' && span.kind === 'consumer',
          );
          return found && reached && sagaServices.every((service) => found.services.includes(service))
            ? found
            : undefined;
        },
        { timeoutMs: 30_000, what: `the trace of order ${orderId} to reach every saga service` },
      );

      const byId = new Map(trace.spans.map((span) => [span.spanId, span]));
      const root = trace.spans.find((span) => span.parentSpanId === null);
      expect(root).toMatchObject({ service: 'gateway', kind: 'server', name: 'POST /api/checkout' });
      expect(trace.spans.filter((span) => span.parentSpanId === null)).toHaveLength(1);
      // every span hangs off another span of the same trace: nothing was lost between processes
      for (const span of trace.spans) if (span.parentSpanId) expect(byId.has(span.parentSpanId)).toBe(true);
      // inventory reserved stock because of orders' event: its consumer span's parent is orders' publish span
      const reserve = trace.spans.find((span) => span.name === 'inventory.reserve-stock process');
      const publish = byId.get(reserve?.parentSpanId ?? '');
      expect(publish).toMatchObject({
        service: 'orders',
        kind: 'producer',
        name: 'orders.order.placed publish',
      });
      expect(byId.get(publish?.parentSpanId ?? '')).toMatchObject({ name: 'orders.order.placed create' });
      // the gateway's call to orders, and database queries inside the services, are spans too
      expect(trace.spans.some((span) => span.service === 'gateway' && span.kind === 'client')).toBe(true);
      expect(trace.spans.some((span) => span.service === 'orders' && span.kind === 'server')).toBe(true);
      expect(trace.spans.some((span) => span.service === 'payments' && isQuery(span))).toBe(true);

      const [byTraceId] = await tracesOf(`traceId=${trace.traceId}`);
      expect(byTraceId?.spans.length).toBeGreaterThanOrEqual(trace.spans.length);
      expect(running.system.output()).toContain(trace.traceId); // log lines carry the trace id
    });

    it('is for admins only', async () => {
      const shopper = await signIn(running.system.baseUrl);
      expect((await shopper.call('/api/ops/traces')).status).toBe(403);
      expect((await running.admin.call('/api/ops/traces?traceId=nope')).status).toBe(400);
    });
  });
}
