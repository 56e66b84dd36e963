// The name of a new service and the spellings generated code uses; bad names are refused with why.

/** One name, spelled for each place it appears. */
export interface ServiceName {
  /** kebab-case, as given: `gift-cards`. */
  readonly kebab: string;
  /** camelCase: `giftCards`. */
  readonly camel: string;
  /** PascalCase: `GiftCards`. */
  readonly pascal: string;
  /** snake_case, for tables: `gift_cards`. */
  readonly snake: string;
}

/** Names that are parts of the repository or of every service's routes, never a new service. */
export const reservedNames = [
  'gateway',
  'platform',
  'contracts',
  'system',
  'runner',
  'bundle',
  'scaffold',
  'test-env',
  'e2e',
  'bench',
  'web',
  'api',
  'health',
  'metrics',
  'admin',
  'events',
  'common',
  'all-events',
] as const;

/** Why `name` cannot be a new service (given the processes and folders that exist), or undefined. */
export function nameProblem(name: string, existing: readonly string[]): string | undefined {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    return `'${name}' is not kebab-case: lower-case letters and digits, words joined by '-', starting with a letter`;
  }
  if (name.length > 30) return `'${name}' is longer than 30 characters`;
  if ((reservedNames as readonly string[]).includes(name))
    return `'${name}' is reserved for the repository's own parts`;
  if (existing.includes(name)) return `'${name}' already exists in system/bazaar.system.ts or services/`;
  return undefined;
}

/** The spellings of a valid kebab-case name. */
export function spellingsOf(kebab: string): ServiceName {
  const words = kebab.split('-');
  const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return { kebab, camel: pascal.charAt(0).toLowerCase() + pascal.slice(1), pascal, snake: words.join('_') };
}
