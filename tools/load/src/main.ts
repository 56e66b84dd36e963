#!/usr/bin/env node
// `npm run load`: the shopper mix against a running store at a fixed arrival rate.
import { parseLoadArgs, usage, UsageError, type LoadOptions } from './load-options.js';
import { formatReport } from './load-report.js';
import { runLoad } from './load-run.js';
import { isLocalTarget } from './target-check.js';

/** Exit code of a command line that cannot be run (sysexits EX_USAGE). */
const usageExit = 64;

async function main(args: string[]): Promise<number> {
  const options = parseLoadArgs(args);
  if (options.help) {
    console.log(usage);
    return 0;
  }
  await refuseRemote(options);
  const report = await runLoad(options, { progress: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}

async function refuseRemote(options: LoadOptions): Promise<void> {
  if (options.allowRemote || (await isLocalTarget(options.target).catch(() => false))) return;
  throw new UsageError(
    `refusing to load ${options.target.host}: it is not this machine (pass --allow-remote if you mean it)`,
  );
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : `load: ${error.message}`);
    process.exit(error instanceof UsageError ? usageExit : 1);
  },
);
