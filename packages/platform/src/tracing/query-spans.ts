import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { LogEvent } from 'kysely';

const tracer = () => trace.getTracer('@bazaar/platform/database');

/**
 * A Kysely `log` function that records each query as a span of the work that ran it (SQLite has
 * no OpenTelemetry instrumentation; PostgreSQL's comes from the pg instrumentation instead).
 * Queries outside any traced work (the relay's polling) are not recorded.
 */
export function querySpanLogger(system: string, database: string) {
  return (event: LogEvent): void => {
    if (!trace.getActiveSpan()) return;
    const sqlText = event.query.sql;
    const span = tracer().startSpan(sqlText.split(/\s/, 1)[0]?.toUpperCase() ?? 'QUERY', {
      kind: SpanKind.CLIENT,
      startTime: Date.now() - event.queryDurationMillis,
      attributes: { 'db.system.name': system, 'db.namespace': database, 'db.query.text': sqlText },
    });
    if (event.level === 'error') span.setStatus({ code: SpanStatusCode.ERROR, message: String(event.error) });
    span.end();
  };
}
