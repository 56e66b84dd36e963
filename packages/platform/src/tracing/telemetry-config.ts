import Type from 'typebox';

const samplers = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

/** The standard OpenTelemetry keys every process reads (see the OpenTelemetry SDK environment spec). */
export const telemetryConfig = {
  OTEL_SDK_DISABLED: Type.Boolean({ default: false, description: 'true turns tracing off in this process' }),
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description:
        'OTLP/HTTP collector (Jaeger, Tempo); spans go to <it>/v1/traces instead of the local store',
    }),
  ),
  OTEL_TRACES_SAMPLER: Type.Union(
    samplers.map((name) => Type.Literal(name)),
    { default: 'parentbased_always_on', description: 'which traces are recorded' },
  ),
  OTEL_TRACES_SAMPLER_ARG: Type.Optional(
    Type.Number({ minimum: 0, maximum: 1, description: 'the ratio of the traceidratio samplers' }),
  ),
};

/** The telemetry settings of a process, as loaded from `telemetryConfig`. */
export interface TelemetrySettings {
  OTEL_SDK_DISABLED?: boolean | undefined;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_TRACES_SAMPLER?: (typeof samplers)[number] | undefined;
  OTEL_TRACES_SAMPLER_ARG?: number | undefined;
}
