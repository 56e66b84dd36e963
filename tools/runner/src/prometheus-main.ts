// `npm run prometheus`: runs Debian's prometheus (apt-get install prometheus) against the system
// that `npm start` runs on the same DATA_DIR, with its own storage there and a port of its own
// (PROMETHEUS_PORT, default 9090), and prints where to open it. Ctrl-C stops it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeLocalPrometheusConfig } from './prometheus-config.js';
import { prometheusTargetsFile } from './prometheus-sd.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const binary = process.env.PROMETHEUS_BIN || '/usr/bin/prometheus';
const dataDir = path.resolve(repoRoot, process.env.DATA_DIR || '.data');
const port = Number(process.env.PROMETHEUS_PORT || 9090);

if (!existsSync(binary)) {
  process.stderr.write(
    `prometheus: ${binary} is missing; install it with: sudo apt-get install prometheus\n`,
  );
  process.exit(1);
}
if (!existsSync(prometheusTargetsFile(dataDir))) {
  process.stderr.write(`prometheus: no targets in ${dataDir} yet; start the system first (npm start)\n`);
}
const { configFile, storageDir } = writeLocalPrometheusConfig({
  repoRoot,
  dataDir,
  scrapeInterval: process.env.PROMETHEUS_SCRAPE_INTERVAL,
});
const child = spawn(
  binary,
  [
    `--config.file=${configFile}`,
    `--storage.tsdb.path=${storageDir}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ],
  { stdio: 'inherit' },
);
process.stdout.write(
  `prometheus: http://127.0.0.1:${port} (alerts at /alerts, targets at /targets), storage ${storageDir}\n`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
