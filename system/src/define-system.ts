import type {
  ProcessDeclaration,
  ProcessInput,
  SystemDeclaration,
  SystemInput,
} from './declaration-types.js';

/**
 * Turns the declaration as written (processes by name) into the system the code reads; the type
 * parameter makes every `calls` entry name a declared process.
 */
export function defineSystem<const P extends SystemInput<P>>(
  input: P,
): SystemDeclaration<Extract<keyof P, string>> & { readonly input: P } {
  type Name = Extract<keyof P, string>;
  const processes = Object.entries<ProcessInput<Name>>(input).map(
    ([name, spec]): ProcessDeclaration<Name> => ({
      ...spec,
      name: name as Name,
      dir: spec.dir ?? `services/${name}`,
      publishesOnFirstStart: spec.publishesOnFirstStart ?? [],
      broadcasts: spec.broadcasts ?? [],
    }),
  );
  const byName = new Map(processes.map((spec) => [spec.name as string, spec]));
  return {
    input,
    processes,
    process(name) {
      const found = byName.get(name);
      if (!found) throw new Error(`the system declaration has no process named '${name}'`);
      return found;
    },
  };
}
