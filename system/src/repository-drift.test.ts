// The repository against the declaration: the docs' services table is the generated one, the
// diagram names every process and shows each one the gateway calls below it, and tsconfig.json builds every declared package.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bazaar } from '../bazaar.system.js';
import { withServicesTable } from './services-table.js';

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');

describe('the repository against the declaration', () => {
  const page = read('docs/architecture.md');

  it("has docs/architecture.md's services table as generated (run `npm run docs:system`)", () => {
    expect(page).toBe(withServicesTable(page, bazaar));
  });

  it("names every process in docs/architecture.md's diagram, and each one the gateway calls below it", () => {
    const diagram = page.slice(page.indexOf('## The system at a glance'), page.indexOf('## Services'));
    const words = (text: string) => new Set(text.split(/[^a-z0-9-]+/));
    for (const spec of bazaar.processes) expect(words(diagram)).toContain(spec.name);
    const lines = diagram.split('\n');
    const servicesRow = lines[lines.findIndex((line) => line.includes('│   gateway   │')) + 4] ?? '';
    const behindGateway = lines.find((line) => line.trim().startsWith('also behind the gateway:')) ?? '';
    const gateway = bazaar.processes.find((spec) => spec.name === 'gateway');
    expect(gateway?.calls.length).toBeGreaterThan(0);
    const shown = words(`${servicesRow} ${behindGateway}`);
    for (const callee of gateway?.calls ?? []) expect(shown, `${callee} below the gateway`).toContain(callee);
  });

  it('builds every declared package from tsconfig.json', () => {
    const references = (JSON.parse(read('tsconfig.json')) as { references: { path: string }[] }).references;
    const paths = references.map((reference) => reference.path);
    for (const spec of bazaar.processes) expect(paths).toContain(spec.dir);
    expect(paths).toContain('system');
  });
});
