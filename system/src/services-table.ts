// The services table of docs/architecture.md, generated from the declaration (`npm run docs:system`
// writes it between its markers; a test fails when the page and the declaration differ).
import type { ProcessDeclaration, SystemDeclaration } from './declaration-types.js';

/** The markers around the generated table in docs/architecture.md. */
export const tableMarkers = {
  start: '<!-- system-table:start (generated from system/bazaar.system.ts by `npm run docs:system`) -->',
  end: '<!-- system-table:end -->',
} as const;

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '—');

function row(spec: ProcessDeclaration): string {
  const consumes = [
    ...spec.consumes.map((queue) => `${queue.queue} ← ${queue.events.join(', ')}`),
    ...spec.broadcasts.map((queue) => `${queue.queue} (broadcast) ← ${queue.events.join(', ')}`),
  ];
  const port = spec.port === 'public' ? 'PORT' : `+${spec.port}`;
  const scaling = `${spec.scaling.replicas}: ${spec.scaling.scalesOn.map((signal) => signal.on).join(', ')}`;
  const cells = [
    `${spec.name} (\`${spec.dir}\`)`,
    spec.purpose,
    port,
    spec.database === 'own' ? `bazaar_${spec.name}` : '—',
    list(spec.calls),
    list(spec.publishes),
    consumes.length > 0 ? consumes.join('<br>') : '—',
    scaling,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The markdown table of every process, one row each, in declaration order. */
export function servicesTable(system: SystemDeclaration): string {
  const header =
    '| process | purpose | port | database | calls | publishes | consumes (queue ← events) | replicas: scales on |';
  const rule = '|---|---|---|---|---|---|---|---|';
  return [header, rule, ...system.processes.map(row)].join('\n');
}

/** `page` with the text between the table markers replaced by the generated table. */
export function withServicesTable(page: string, system: SystemDeclaration): string {
  const start = page.indexOf(tableMarkers.start);
  const end = page.indexOf(tableMarkers.end);
  if (start < 0 || end < start) throw new Error('the page has no system-table markers');
  const before = page.slice(0, start + tableMarkers.start.length);
  return `${before}\n${servicesTable(system)}\n${page.slice(end)}`;
}
