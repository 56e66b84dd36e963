import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/** One declared event: its name, version, the JSON Schema of its data, and examples of it. */
export interface EventDefinition<Name extends string = string, Data extends TSchema = TSchema> {
  /** `<service>.<entity>.<verb>`, past tense, e.g. `identity.user.registered`. */
  readonly type: Name;
  readonly version: number;
  /** The JSON Schema (TypeBox) of the event's data. */
  readonly data: Data;
  readonly examples: readonly Static<Data>[];
  /** Returns the reasons `data` does not match the schema; empty when it does. */
  problemsWith(data: unknown): string[];
}

/** The TypeScript type of an event's data, derived from its schema. */
export type EventData<Definition extends EventDefinition> = Static<Definition['data']>;

/** What `defineEvent` needs: the declaration of one event. */
export interface EventDeclaration<Name extends string, Data extends TSchema> {
  type: Name;
  version: number;
  data: Data;
  examples: Static<Data>[];
}

const eventTypePattern = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

/** Declares an event once: its type, version, data schema and examples; validation is compiled. */
export function defineEvent<const Name extends string, Data extends TSchema>(
  declaration: EventDeclaration<Name, Data>,
): EventDefinition<Name, Data> {
  if (!eventTypePattern.test(declaration.type)) {
    throw new Error(`event type "${declaration.type}" is not <service>.<entity>.<verb>`);
  }
  const validator = Compile(declaration.data);
  return Object.freeze({
    ...declaration,
    examples: Object.freeze([...declaration.examples]),
    problemsWith: (data: unknown) => describeProblems(validator.Errors(data)),
  });
}

/** Turns validation errors into short readable lines such as `/email: must match format "email"`. */
export function describeProblems(errors: readonly { instancePath: string; message: string }[]): string[] {
  return errors.map((error) => `${error.instancePath || '/'}: ${error.message}`);
}

/** True when the value is an event definition made by `defineEvent`. */
export function isEventDefinition(value: unknown): value is EventDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EventDefinition).type === 'string' &&
    typeof (value as EventDefinition).problemsWith === 'function'
  );
}
