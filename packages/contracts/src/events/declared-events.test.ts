import { describe, expect, it } from 'vitest';
import { allEvents } from '../all-events/index.js';
import * as identityEvents from '../identity/events.js';
import { envelopeProblems, isEventDefinition, type EventDefinition } from './index.js';

const declared: EventDefinition[] = [...allEvents];

describe('declared events', () => {
  it('lists every event of every producing service once, each named <service>.<entity>.<verb>', () => {
    const types = declared.map((event) => event.type);
    expect(types).toHaveLength(22);
    expect(new Set(types).size).toBe(types.length);
    expect(declared.every(isEventDefinition)).toBe(true);
    expect(types.every((type) => /^[a-z]+(\.[a-z-]+){2}$/.test(type))).toBe(true);
  });

  it.each(declared.map((event) => [event.type, event] as const))(
    '%s validates its every example',
    (_type, event) => {
      expect(event.examples.length).toBeGreaterThan(0);
      for (const example of event.examples) expect(event.problemsWith(example)).toEqual([]);
    },
  );

  it.each(declared.map((event) => [event.type, event] as const))(
    '%s rejects data with unknown or missing fields',
    (_type, event) => {
      const example = event.examples[0] as Record<string, unknown>;
      expect(event.problemsWith({ ...example, surprise: true })).not.toEqual([]);
      const [firstField] = Object.keys(example);
      const { [firstField as string]: _dropped, ...missingOne } = example;
      expect(event.problemsWith(missingOne)).not.toEqual([]);
    },
  );

  it('names the broken field of invalid data', () => {
    const problems = identityEvents.UserRegistered.problemsWith({
      ...identityEvents.UserRegistered.examples[0],
      email: 'not-an-email',
    });
    expect(problems.join()).toContain('/email');
  });

  it('checks the envelope: a well-formed one passes, one without a correlation id does not', () => {
    const envelope = {
      id: 'evt_1',
      type: 'identity.user.registered',
      version: 1,
      source: 'identity',
      time: '2025-01-02T10:00:00.000Z',
      correlationId: 'corr-1',
      causationId: null,
      data: {},
    };
    expect(envelopeProblems(envelope)).toEqual([]);
    const { correlationId: _omitted, ...withoutCorrelation } = envelope;
    expect(envelopeProblems(withoutCorrelation)).not.toEqual([]);
  });
});
