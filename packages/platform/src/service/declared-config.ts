// Holds a service's configuration schema to the system declaration: a key the service reads but
// does not declare (or declares but does not read) stops it at start, and fails its tests.
import type { TObject } from 'typebox';
import { databaseUrlKeyOf, urlKeysOf, type ProcessDeclaration } from '@bazaar/system';
import { commonConfig } from '../config/common-config.js';

/** Throws unless the schema's keys are the common ones, PORT, its own database, its calls' URLs and its declared keys. */
export function assertDeclaredConfig(spec: ProcessDeclaration, schema: TObject): void {
  const own = new Set(Object.keys(schema.properties));
  const allowed = new Set([
    ...Object.keys(commonConfig),
    'PORT',
    databaseUrlKeyOf(spec.name),
    ...urlKeysOf(spec),
    ...spec.config,
  ]);
  const undeclared = [...own].filter((key) => !allowed.has(key));
  const unread = spec.config.filter((key) => !own.has(key));
  const problems = [
    ...undeclared.map((key) => `reads ${key}, which system/bazaar.system.ts does not declare`),
    ...unread.map((key) => `declares ${key} in system/bazaar.system.ts but does not read it`),
  ];
  if (problems.length > 0) throw new Error(`${spec.name} ${problems.join('; ')}`);
}
