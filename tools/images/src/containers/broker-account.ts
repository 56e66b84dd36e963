// The RabbitMQ vhost and user of one container run, made with rabbitmqctl on this machine's
// broker: RabbitMQ lets its guest user in from loopback only, and a vhost of its own keeps the
// run's queues apart from everyone else's.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** Runs rabbitmqctl; throws with its output when it fails. */
function rabbitmqctl(args: readonly string[]): void {
  const result = spawnSync('rabbitmqctl', ['-q', ...args], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`rabbitmqctl ${args[0]} failed: ${result.stderr || result.stdout}`);
}

/** Makes (or remakes) the vhost and user `name` with a fresh password; returns the password. */
export function createBrokerAccount(name: string): string {
  const password = randomBytes(16).toString('hex');
  deleteBrokerAccount(name);
  rabbitmqctl(['add_vhost', name]);
  rabbitmqctl(['add_user', name, password]);
  rabbitmqctl(['set_permissions', '-p', name, name, '.*', '.*', '.*']);
  return password;
}

/** Deletes the vhost and user `name` (and every queue in the vhost); nothing if absent. */
export function deleteBrokerAccount(name: string): void {
  spawnSync('rabbitmqctl', ['-q', 'delete_user', name], { encoding: 'utf8' });
  spawnSync('rabbitmqctl', ['-q', 'delete_vhost', name], { encoding: 'utf8' });
}
