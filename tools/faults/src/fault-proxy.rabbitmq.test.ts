// amqplib through the proxy against the real RabbitMQ of this run: a stalled connection is found
// dead by its heartbeats, and a new connection works once the proxy passes again.
import amqp from 'amqplib';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

const serverUrl = inject('servers').amqpUrl;

describe.skipIf(!serverUrl)('amqplib through the fault proxy', () => {
  let proxy: FaultProxy;
  const connections: amqp.ChannelModel[] = [];

  /** Connects through the proxy with a 1 s heartbeat, so a stall is found within seconds. */
  async function connectThroughProxy(): Promise<amqp.ChannelModel> {
    const url = new URL(serverUrl ?? '');
    url.hostname = proxy.host;
    url.port = String(proxy.port);
    url.searchParams.set('heartbeat', '1');
    const connection = await amqp.connect(url.toString());
    connection.on('error', () => undefined);
    connections.push(connection);
    return connection;
  }

  /** Resolves when the connection has closed (once() would reject on its 'error' event). */
  function closing(connection: amqp.ChannelModel): Promise<void> {
    return new Promise((resolve) => connection.once('close', () => resolve()));
  }

  async function roundTrip(connection: amqp.ChannelModel): Promise<string> {
    const channel = await connection.createConfirmChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true });
    channel.sendToQueue(queue, Buffer.from('hello'));
    await channel.waitForConfirms();
    const message = await channel.get(queue, { noAck: true });
    await channel.close();
    return message ? message.content.toString() : '(empty)';
  }

  beforeEach(async () => {
    const url = new URL(serverUrl ?? '');
    proxy = await startFaultProxy({ upstream: { host: url.hostname, port: Number(url.port || 5672) } });
  });
  afterEach(async () => {
    await proxy.passThrough();
    await Promise.all(connections.splice(0).map((connection) => connection.close().catch(() => undefined)));
    await proxy.close();
  });

  it('finds a stalled connection dead by its heartbeats, and reconnects once the proxy passes', async () => {
    const connection = await connectThroughProxy();
    expect(await roundTrip(connection)).toBe('hello');
    const errors: Error[] = [];
    connection.on('error', (error: Error) => errors.push(error));
    const closed = closing(connection);
    await proxy.stall();
    await closed;
    expect(errors.map((error) => error.message)).toContain('Heartbeat timeout');
    await proxy.passThrough();
    expect(await roundTrip(await connectThroughProxy())).toBe('hello');
  });

  it('cannot connect while the proxy refuses', async () => {
    await proxy.refuse();
    await expect(connectThroughProxy()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('sees its connection drop when the proxy closes every connection', async () => {
    const connection = await connectThroughProxy();
    const closed = closing(connection);
    proxy.closeConnections();
    await closed;
    expect(await roundTrip(await connectThroughProxy())).toBe('hello');
  });
});
