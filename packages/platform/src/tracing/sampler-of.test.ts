import { ROOT_CONTEXT, SpanKind, TraceFlags, trace, type Context } from '@opentelemetry/api';
import { SamplingDecision, type Sampler } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { samplerOf } from './sampler-of.js';

const recorded = SamplingDecision.RECORD_AND_SAMPLED;
const dropped = SamplingDecision.NOT_RECORD;

/** A context whose (remote) parent span was sampled or not. */
function underParent(sampled: boolean): Context {
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    traceFlags: sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
    isRemote: true,
  });
}

/**
 * A valid trace id at `fraction` of the ratio sampler's range: it compares the XOR of the id's four
 * 32-bit words with ratio × 2³², so the first word carries the fraction and the others are (nearly) 0.
 */
function traceIdAt(fraction: number): string {
  const head = Math.floor(fraction * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  return `${head}${'0'.repeat(23)}1`;
}

function decision(sampler: Sampler, parent: Context, traceId = traceIdAt(0.5)): SamplingDecision {
  return sampler.shouldSample(parent, traceId, 'GET /orders', SpanKind.SERVER, {}, []).decision;
}

describe('the sampler of the telemetry settings', () => {
  it('is parent-based always-on by default: records roots, follows the parent', () => {
    const sampler = samplerOf({});
    expect(decision(sampler, ROOT_CONTEXT)).toBe(recorded);
    expect(decision(sampler, underParent(true))).toBe(recorded);
    expect(decision(sampler, underParent(false))).toBe(dropped);
  });

  it('always_on and always_off ignore the parent', () => {
    const on = samplerOf({ OTEL_TRACES_SAMPLER: 'always_on' });
    const off = samplerOf({ OTEL_TRACES_SAMPLER: 'always_off' });
    expect([ROOT_CONTEXT, underParent(true), underParent(false)].map((c) => decision(on, c))).toEqual([
      recorded,
      recorded,
      recorded,
    ]);
    expect([ROOT_CONTEXT, underParent(true), underParent(false)].map((c) => decision(off, c))).toEqual([
      dropped,
      dropped,
      dropped,
    ]);
  });

  it('parentbased_always_off drops roots but keeps a sampled parent', () => {
    const sampler = samplerOf({ OTEL_TRACES_SAMPLER: 'parentbased_always_off' });
    expect(decision(sampler, ROOT_CONTEXT)).toBe(dropped);
    expect(decision(sampler, underParent(true))).toBe(recorded);
    expect(decision(sampler, underParent(false))).toBe(dropped);
  });

  it('traceidratio samples the given share of trace ids, ignoring the parent', () => {
    const sampler = samplerOf({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: 0.25 });
    expect(decision(sampler, ROOT_CONTEXT, traceIdAt(0.1))).toBe(recorded);
    expect(decision(sampler, ROOT_CONTEXT, traceIdAt(0.9))).toBe(dropped);
    expect(decision(sampler, underParent(true), traceIdAt(0.9))).toBe(dropped);
    expect(decision(sampler, underParent(false), traceIdAt(0.1))).toBe(recorded);
    const ids = Array.from({ length: 1000 }, (_, index) => traceIdAt(index / 1000));
    const sampled = ids.filter((id) => decision(sampler, ROOT_CONTEXT, id) === recorded);
    expect(sampled.length / ids.length).toBeCloseTo(0.25, 1);
  });

  it('traceidratio defaults to a ratio of 1 and takes 0 as "none"', () => {
    const all = samplerOf({ OTEL_TRACES_SAMPLER: 'traceidratio' });
    const none = samplerOf({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: 0 });
    expect(decision(all, ROOT_CONTEXT, traceIdAt(0.99))).toBe(recorded);
    expect(decision(none, ROOT_CONTEXT, traceIdAt(0))).toBe(dropped);
  });

  it('parentbased_traceidratio applies the ratio to roots only', () => {
    const sampler = samplerOf({
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: 0.25,
    });
    expect(decision(sampler, ROOT_CONTEXT, traceIdAt(0.1))).toBe(recorded);
    expect(decision(sampler, ROOT_CONTEXT, traceIdAt(0.9))).toBe(dropped);
    expect(decision(sampler, underParent(true), traceIdAt(0.9))).toBe(recorded);
    expect(decision(sampler, underParent(false), traceIdAt(0.1))).toBe(dropped);
  });
});
