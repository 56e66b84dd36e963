// One side of the kit's messaging bench as its own process, as deployed (argv: producer|consumer,
// the run's settings as JSON): its own SQLite file in the run's folder and the real platform bus.
// The producer commits each event to its outbox in a transaction of its own and its relay sends
// them; the consumer's inbox applies each in its database and the handler records when.
import { openBenchService, publishTick } from './messaging-fixture.js';
import { HandledRecorder, produce, serveRole } from './messaging-role.js';

/** What both sides of one kit run share. */
export interface KitRunSettings {
  dataDir: string;
  busUrl?: string | undefined;
  exchange: string;
  queue: string;
}

const role = process.argv[2] === 'consumer' ? 'consumer' : 'producer';
const settings = JSON.parse(process.argv[3] ?? '{}') as KitRunSettings;
const recorder = new HandledRecorder();
const service = await openBenchService({
  service: role,
  dataDir: settings.dataDir,
  busUrl: settings.busUrl,
  exchange: settings.exchange,
  ...(role === 'consumer' ? { queue: settings.queue, onHandled: recorder.record } : {}),
});
await service.bus.start();
serveRole({
  produce: (count, gapMs) => produce((n) => publishTick(service, n), count, gapMs),
  recorder,
  stop: async () => {
    await service.bus.stop();
    await service.database.close();
  },
});
