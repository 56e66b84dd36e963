// `npm run new:service -- <name>`: creates services/<name> in the house style and registers it in
// the system declaration, tsconfig.json and docs/architecture.md, then remakes the Prometheus rules
// and the Kubernetes manifests from the declaration. A bad name changes nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bazaar } from '@bazaar/system';
import { createService } from './create-service.js';
import { nameProblem, spellingsOf } from './service-name.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || rest.length > 0) {
    process.stderr.write('usage: npm run new:service -- <name>   (one kebab-case name, e.g. wishlist)\n');
    return 64;
  }
  const existing = [
    ...bazaar.processes.map((spec) => spec.name),
    ...readdirSync(path.join(repoRoot, 'services')),
    ...(existsSync(path.join(repoRoot, 'packages/contracts/src', name)) ? [name] : []),
  ];
  const problem = nameProblem(name, existing);
  if (problem) {
    process.stderr.write(`new:service: ${problem}; nothing was changed\n`);
    return 65;
  }
  const created = await createService(repoRoot, spellingsOf(name));
  // what is made from the declaration follows it, so the repository's drift tests stay green
  for (const generator of ['prometheus:rules', 'k8s']) {
    execFileSync('npm', ['run', '-s', generator], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  created.changed.push('deploy/prometheus/rules', 'deploy/k8s');
  process.stdout.write(
    `created services/${name} (port offset ${created.port}) and registered it in ${created.changed.join(', ')}\n` +
      `next: npm install (records the workspace in package-lock.json), then npm test -w @bazaar/${name}\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
