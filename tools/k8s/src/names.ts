// The names and labels every generated object shares, so selectors, policies and docs agree.
import type { ProcessDeclaration } from '@bazaar/system';

/** The namespace every Bazaar object lives in. */
export const namespace = 'bazaar';

/** The port every container listens on inside its pod (the Service maps port 80 to it). */
export const containerPort = 8080;

/** The CloudNativePG cluster that holds every service's database. */
export const postgresCluster = 'bazaar-postgres';

/** The RabbitMQ cluster (cluster operator) that carries every event. */
export const rabbitmqCluster = 'bazaar-rabbitmq';

/** The label that marks a pod as one of Bazaar's processes (the default-deny policy selects it). */
export const partOfLabel = { 'app.kubernetes.io/part-of': 'bazaar' } as const;

/** The label selecting the pods of one process. */
export function selectorOf(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name };
}

/** Every label of a process's objects. */
export function labelsOf(spec: ProcessDeclaration): Record<string, string> {
  return { ...selectorOf(spec.name), ...partOfLabel, 'app.kubernetes.io/component': spec.kind };
}

/** The image of a process, as `npm run images` tags it (retag with kustomize `images:` for a registry). */
export { imageNameOf as imageOf } from '@bazaar/images';

/** The Secret holding a process's declared secret keys. */
export function secretsNameOf(name: string): string {
  return `${name}-secrets`;
}

/** The Secret holding a process's own PostgreSQL role (username, password, url). */
export function databaseSecretOf(name: string): string {
  return `${name}-database`;
}

/** The Secret holding a process's own RabbitMQ user (username, password, url). */
export function brokerSecretOf(name: string): string {
  return `${name}-broker`;
}

/** The Secret holding a process's own Ed25519 key (SERVICE_KEY), the credential it calls with. */
export function serviceKeySecretOf(name: string): string {
  return `${name}-service-key`;
}

/** The Secret every process reads: all processes' public keys and the metrics scrapers' token. */
export const serviceIdentitySecret = 'service-identity';

/** The database a service owns: `bazaar_<name>`, as the platform names it. */
export function databaseNameOf(name: string): string {
  return `bazaar_${name.replaceAll('-', '_')}`;
}

/** Whether a process talks to RabbitMQ at all. */
export function usesBroker(spec: ProcessDeclaration): boolean {
  return spec.publishes.length + spec.consumes.length + spec.broadcasts.length > 0;
}
