// The saga floor on RabbitMQ and PostgreSQL with nothing of the kit: raw pg commits in the role's
// own database, raw amqplib publishes on a confirm channel to a topic exchange, quorum queues
// declared as the real bus declares them (delivery limit, dead-letter exchange), manual acks.
import amqp from 'amqplib';
import pg from 'pg';
import type { FloorTransport } from './saga-floor-hops.js';

const exchange = 'bazaar.events';
const deadLetterExchange = `${exchange}.dlx`;

/** Opens the role's pool (its table made) and its broker connection. */
export async function openAmqpFloor(busUrl: string, databaseUrl: string): Promise<FloorTransport> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(
    'create table if not exists floor_rows (chain bigint not null, step text not null, ' +
      'committed_at timestamptz not null default now(), primary key (chain, step))',
  );
  // Nagle off: amqplib leaves it on, and an ack then a publish on one socket wait out the broker's
  // delayed ACK (~40 ms a hop), a cost of configuration, not of the machine
  const connection = await amqp.connect(busUrl, { noDelay: true });
  const publisher = await connection.createConfirmChannel();
  await publisher.assertExchange(exchange, 'topic', { durable: true });
  await publisher.assertExchange(deadLetterExchange, 'direct', { durable: true });
  const insert = 'insert into floor_rows (chain, step) values ($1, $2)';
  return {
    commit: async (chain, step) => {
      await pool.query({ name: 'floor-commit', text: insert, values: [chain, step] });
    },
    publish: (hop, chain) =>
      new Promise((resolve, reject) => {
        const options = { persistent: true, mandatory: true, contentType: 'application/json' };
        publisher.publish(exchange, hop.event, Buffer.from(String(chain)), options, (error) =>
          error ? reject(error as Error) : resolve(),
        );
      }),
    consume: async (hop, onMessage) => {
      const channel = await connection.createChannel();
      await channel.prefetch(20); // the bus's prefetch
      await channel.assertQueue(hop.queue, {
        durable: true,
        arguments: {
          'x-queue-type': 'quorum',
          'x-delivery-limit': 5,
          'x-dead-letter-exchange': deadLetterExchange,
          'x-dead-letter-routing-key': hop.queue,
        },
      });
      await channel.bindQueue(hop.queue, exchange, hop.event);
      await channel.assertQueue(`${hop.queue}.dlq`, { durable: true });
      await channel.bindQueue(`${hop.queue}.dlq`, deadLetterExchange, hop.queue);
      await channel.consume(hop.queue, (message) => {
        if (!message) return;
        // deliveries are handled side by side, as the bus does up to its prefetch
        void onMessage(Number(message.content.toString()), () => channel.ack(message));
      });
    },
  };
}
