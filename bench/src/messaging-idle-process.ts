// One idle bench service as its own process (producer or consumer), for the idle-CPU measurement.
import { openBenchService } from './messaging-fixture.js';

const [service = 'consumer', dataDir = '.', exchange = 'bench.events', queue] = process.argv.slice(2);
const opened = await openBenchService({ service, dataDir, exchange, ...(queue ? { queue } : {}) });
await opened.bus.start();
process.stdout.write('ready\n');
const keepAlive = setInterval(() => undefined, 2 ** 30); // a real service's HTTP server does this
process.on('SIGTERM', () => {
  clearInterval(keepAlive);
  void opened.bus.stop().then(() => process.exit(0));
});
