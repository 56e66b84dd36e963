// `npm run bench`: runs every benchmark (or those named on the command line) one after another.
import { benchmarks } from './benchmarks.js';

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== bench: ${name} ==`);
  await run();
}
