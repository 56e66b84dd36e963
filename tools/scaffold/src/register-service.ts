// Registers a new service where the repository lists its parts: the system declaration (a process
// of its own, and a call from the gateway so it shows in /health/system), tsconfig.json's
// references, and docs/architecture.md's generated table and diagram.
import { bazaar, defineSystem, withServicesTable, type ProcessInput } from '@bazaar/system';
import type { ServiceName } from './service-name.js';

/** Where the scaffolder inserts a process, and a gateway call, in system/bazaar.system.ts. */
export const declarationMarkers = {
  process: '  // new:service adds processes above this line',
  gatewayCall: '      // new:service adds the gateway calls above this line',
} as const;

/**
 * The line of docs/architecture.md's diagram that lists services added since it was drawn: the
 * scaffolder writes it (after the diagram's last line) with the first such service.
 */
export const diagramMarker = '   also behind the gateway:';

/** The first port offset no declared process uses. */
export function nextPortOffset(): number {
  const used = new Set(bazaar.processes.map((spec) => spec.port));
  for (let offset = 1; offset <= 99; offset += 1) if (!used.has(offset)) return offset;
  throw new Error('every port offset from 1 to 99 is taken');
}

/** The declaration of the new service (what `declarationEntry` writes). */
export function declarationOf(n: ServiceName, port: number): ProcessInput {
  return {
    purpose: `what ${n.kebab} is for, in one line`,
    kind: 'service',
    port,
    database: 'own',
    calls: ['identity'],
    publishes: [],
    consumes: [{ queue: `${n.kebab}.count-new-users`, events: ['identity.user.registered'] }],
    config: [],
    secrets: [],
    scaling: { replicas: 'many', scalesOn: [{ on: 'request-rate' }] },
    objectives: { availability: 0.999, latencyP99Ms: 250 },
  };
}

/** The declaration file with the new process and the gateway's call to it. */
export function withDeclaredService(source: string, n: ServiceName, port: number): string {
  for (const marker of Object.values(declarationMarkers)) {
    if (!source.includes(marker))
      throw new Error(`system/bazaar.system.ts has lost its marker '${marker.trim()}'`);
  }
  const key = n.kebab.includes('-') ? `'${n.kebab}'` : n.kebab;
  const entry = `  ${key}: {
    purpose: '${declarationOf(n, port).purpose}',
    kind: 'service',
    port: ${port},
    database: 'own',
    calls: ['identity'],
    publishes: [],
    consumes: [{ queue: '${n.kebab}.count-new-users', events: ['identity.user.registered'] }],
    config: [],
    secrets: [],
    scaling: { replicas: 'many', scalesOn: [byRequests] },
    objectives: { availability: 0.999, latencyP99Ms: 250 },
  },
`;
  return source
    .replace(declarationMarkers.process, `${entry}${declarationMarkers.process}`)
    .replace(declarationMarkers.gatewayCall, `      '${n.kebab}',\n${declarationMarkers.gatewayCall}`);
}

/** tsconfig.json with a reference to the new package, before the gateway's. */
export function withReference(tsconfig: string, n: ServiceName): string {
  const parsed = JSON.parse(tsconfig) as { references: { path: string }[] };
  const at = parsed.references.findIndex((reference) => reference.path === 'apps/gateway');
  parsed.references.splice(at < 0 ? parsed.references.length : at, 0, { path: `services/${n.kebab}` });
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

/** docs/architecture.md with the new service in its generated table and named in its diagram. */
export function withDocumentedService(page: string, n: ServiceName, port: number): string {
  const { gateway, ...services } = bazaar.input as Record<string, ProcessInput>;
  if (!gateway) throw new Error('system/bazaar.system.ts declares no gateway');
  const withCall = { ...gateway, calls: [...gateway.calls, n.kebab] };
  const system = defineSystem<Record<string, ProcessInput>>({
    ...services,
    [n.kebab]: declarationOf(n, port),
    gateway: withCall,
  });
  return withServicesTable(withNameInDiagram(page, n.kebab), system);
}

/** The page with `name` on the diagram's "also behind the gateway" line, which it adds if missing. */
function withNameInDiagram(page: string, name: string): string {
  const lines = page.split('\n');
  const marked = lines.findIndex((line) => line.startsWith(diagramMarker));
  if (marked >= 0) {
    lines[marked] = `${lines[marked]} ${name}`;
    return lines.join('\n');
  }
  const diagramStart = lines.findIndex((line) => line.includes('│   gateway   │'));
  const diagramEnd = lines.findIndex((line, index) => index > diagramStart && line.startsWith('```'));
  if (diagramStart < 0 || diagramEnd < 0)
    throw new Error("docs/architecture.md's diagram has lost its gateway box");
  lines.splice(diagramEnd, 0, `${diagramMarker} ${name}`);
  return lines.join('\n');
}
