// `npm run start:containers`: the whole system as containers on this machine, the store at
// http://localhost:8080 (--port), until Ctrl-C or `npm run stop:containers`.
//   node tools/images/dist/containers-main.js start [--port 8080] [--prefix bazaar-ctr] [--scale payments=3] [--env KEY=VALUE]…
//   node tools/images/dist/containers-main.js stop [--prefix bazaar-ctr]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { removeRun } from './containers/container-run.js';
import { bazaar } from '@bazaar/system';
import { deleteBrokerAccount } from './containers/broker-account.js';
import { dropRunDatabases } from './containers/run-databases.js';
import { startContainers } from './containers/start-containers.js';
import { repoRoot } from './podman.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8080' },
    prefix: { type: 'string', default: 'bazaar-ctr' },
    scale: { type: 'string', default: '' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const stateFile = join(repoRoot, '.data', `containers-${values.prefix}.json`);

/** `name=3,other=2` → { name: 3, other: 2 }. */
function parsePairs(text: string, separator: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(separator)
      .filter(Boolean)
      .map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
}

async function start(): Promise<void> {
  const scale = Object.fromEntries(
    Object.entries(parsePairs(values.scale, ',')).map(([name, count]) => [name, Number(count)]),
  );
  const env = Object.fromEntries(values.env.map((pair) => Object.entries(parsePairs(pair, '\0'))[0]!));
  const run = await startContainers({ prefix: values.prefix, port: Number(values.port), scale, env });
  mkdirSync(join(repoRoot, '.data'), { recursive: true });
  writeFileSync(
    stateFile,
    JSON.stringify({
      pid: process.pid,
      baseUrl: run.baseUrl,
      containers: run.containers.map((container) => container.name),
    }),
  );
  console.log(
    `${run.containers.length} containers ready; the store is at ${run.baseUrl} (stop: npm run stop:containers)`,
  );
  const stop = () => void run.stop().finally(() => (rmSync(stateFile, { force: true }), process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function stop(): void {
  try {
    const { pid } = JSON.parse(readFileSync(stateFile, 'utf8')) as { pid: number };
    process.kill(pid, 'SIGTERM');
    console.log(`asked the run ${values.prefix} (pid ${pid}) to stop`);
  } catch {
    removeRun(values.prefix, values.prefix);
    deleteBrokerAccount(values.prefix);
    dropRunDatabases(bazaar, values.prefix);
    console.log(`removed what was left of the run ${values.prefix}`);
  }
}

if (positionals[0] === 'stop') stop();
else
  await start().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
