import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace';
import type { TelemetrySettings } from './telemetry-config.js';

/** The sampler named by OTEL_TRACES_SAMPLER (and its ratio), parent-based always-on by default. */
export function samplerOf(settings: TelemetrySettings): Sampler {
  const name = settings.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on';
  const ratio = settings.OTEL_TRACES_SAMPLER_ARG ?? 1;
  const root = name.endsWith('always_on')
    ? new AlwaysOnSampler()
    : name.endsWith('always_off')
      ? new AlwaysOffSampler()
      : new TraceIdRatioBasedSampler(ratio);
  return name.startsWith('parentbased_') ? new ParentBasedSampler({ root }) : root;
}
