#!/usr/bin/env node
// bazaar-faults: a fault proxy in its own process, switched through its HTTP control API.
//   node tools/faults/dist/main.js --listen 15432 --upstream 127.0.0.1:5432 --control 15433
import { parseArgs } from 'node:util';
import { startControlServer } from './control-server.js';
import { startFaultProxy } from './fault-proxy.js';

const usage = 'usage: bazaar-faults --upstream HOST:PORT [--listen PORT] [--host 127.0.0.1] [--control PORT]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      upstream: { type: 'string' },
      listen: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      control: { type: 'string', default: '0' },
    },
  });
  const match = /^(.+):(\d+)$/.exec(values.upstream ?? '');
  if (!match) throw new Error(usage);
  const proxy = await startFaultProxy({
    upstream: { host: match[1] as string, port: Number(match[2]) },
    host: values.host,
    port: Number(values.listen),
  });
  const control = await startControlServer(proxy, { host: values.host, port: Number(values.control) });
  console.log(
    JSON.stringify({
      proxy: `${proxy.host}:${proxy.port}`,
      control: `http://${values.host}:${control.port}`,
    }),
  );
  const stop = () => void Promise.all([proxy.close(), control.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(64);
});
