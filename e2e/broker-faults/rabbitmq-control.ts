// Stops and starts the local RabbitMQ node (rabbitmqctl, as root) and waits until it answers again.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import amqp from 'amqplib';

const run = promisify(execFile);

/** Stops the RabbitMQ application: every connection drops, the node stays up to be started again. */
export async function stopBroker(): Promise<void> {
  await run('rabbitmqctl', ['stop_app'], { timeout: 60_000 });
}

/** Starts the RabbitMQ application and resolves once an AMQP connection opens. */
export async function startBroker(url: string): Promise<void> {
  await run('rabbitmqctl', ['start_app'], { timeout: 120_000 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const connection = await amqp.connect(url);
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
