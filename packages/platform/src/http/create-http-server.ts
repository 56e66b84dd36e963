import { randomUUID } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawServerDefault,
} from 'fastify';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { Bus } from '../bus/create-bus.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { installDeadLetterRoutes } from '../service/dead-letter-routes.js';
import { installQueueReportRoute } from '../service/queue-report-route.js';
import { installSpanRoutes } from '../tracing/span-routes.js';
import { installRequestContext } from './request-context-hooks.js';
import { installDeadlines, type RequestDeadline } from './deadline-hooks.js';
import { defaultLoadLimits, installLoadShedding, type LoadLimits } from './load-shedding.js';
import { installRequestTracing } from '../tracing/request-trace-hooks.js';
import { installSecurityHeaders, securityHeadersOf } from './security-headers.js';
import { apiContentSecurityPolicy, installCacheHeaders } from './cache-headers.js';
import { installCallerCheck, type CallerCheckOptions } from './caller-check.js';
import { installScraperOnlyRoutes } from './metrics-access.js';
import { installRequestLog } from './request-log.js';
import { installEventStreams } from './event-stream.js';
import { acceptEmptyJsonBodies } from './json-body-parser.js';
import { loggerOptions, type LoggerSettings } from '../logging/create-logger.js';
import { createMetricsRegistry } from '../metrics/metrics-registry.js';
import { installMetrics } from '../metrics/metrics-plugin.js';
import { installHealthRoutes, type ReadinessCheck } from '../health/health-routes.js';
import { handleError } from './problem-details.js';
import { installRouteFallbacks } from './method-not-allowed.js';
import { strictValidatorCompiler } from './validator-compiler.js';

/** A Fastify app typed by TypeBox schemas: what every service and the gateway build on. */
export type HttpApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What a service tells the kit about itself when it builds its HTTP app. */
export interface HttpServerOptions {
  service: string;
  instance?: string | undefined;
  description?: string;
  log?: Omit<LoggerSettings, 'service' | 'instance'>;
  /** A logger the process already has (shared with the bus); else one is made from `log`. */
  logger?: Logger;
  readiness?: ReadinessCheck[];
  /** Called once when the app closes, after in-flight requests drained (e.g. close the database). */
  onClose?: () => Promise<void>;
  bodyLimit?: number;
  /** The process's metrics registry, when other parts (the bus) record into it too. */
  metricsRegistry?: Registry;
  /** Parked messages of this service's bus and its queue report and its local spans, served to admins (with the verifier that checks them). */
  deadLetters?: {
    parked: Bus<unknown>['deadLetters'];
    verifyToken: TokenVerifier;
    report?: Bus<unknown>['report'];
  };
  /** Who may call this process (service identity); absent for the public gateway and bare test apps. */
  callers?: CallerCheckOptions;
  /** Set on a port anyone can reach (the gateway): /metrics and /openapi.json need this token. */
  publicPort?: { metricsToken: string | undefined };
  /** Served over plain http on one machine (`BAZAAR_ENV=development`): no HSTS. */
  development?: boolean;
  /** Trust X-Forwarded-For from this many proxies (the gateway sets it for services). */
  trustProxy?: boolean;
  /** The deadline of a request whose caller names none (the gateway's per-route defaults). */
  deadlineOf?: RequestDeadline;
  /** When the process answers 503 OVERLOADED instead of queuing (from the SHED_* keys: `loadLimitsOf`). */
  loadLimits?: LoadLimits;
}

/**
 * Builds a service's HTTP app with the kit's defaults: JSON logs with request and correlation ids,
 * strict schemas, problem+json errors, 404/405/413/415 answers, security headers, health, metrics
 * and OpenAPI. It never listens: see `serveUntilStopped`.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpApp> {
  const instance = options.instance ?? options.service;
  const app = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger as FastifyBaseLogger }
      : { logger: loggerOptions({ service: options.service, instance, ...options.log }) }),
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
    // a path that is not valid percent-encoded UTF-8 is refused before any hook or the error
    // handler runs: it gets the same problem document and headers as every other error
    frameworkErrors: (error, request, reply) => {
      void reply.headers({
        ...securityHeadersOf({ hsts: !options.development }),
        'cache-control': 'no-store',
        'content-security-policy': apiContentSecurityPolicy,
      });
      return handleError(error, request, reply);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(strictValidatorCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('user', null);
  app.removeContentTypeParser('text/plain');
  acceptEmptyJsonBodies(app as unknown as FastifyInstance);
  installRouteFallbacks(app as unknown as FastifyInstance);
  installRequestContext(app as unknown as FastifyInstance);
  installRequestTracing(app as unknown as FastifyInstance);
  installDeadlines(app as unknown as FastifyInstance, options.deadlineOf);
  await installLoadShedding(app as unknown as FastifyInstance, options.loadLimits ?? defaultLoadLimits);
  if (options.callers) installCallerCheck(app as unknown as FastifyInstance, options.callers);
  if (options.publicPort)
    installScraperOnlyRoutes(app as unknown as FastifyInstance, options.publicPort.metricsToken);
  installSecurityHeaders(app as unknown as FastifyInstance, { hsts: !options.development });
  installCacheHeaders(app as unknown as FastifyInstance);
  installRequestLog(app as unknown as FastifyInstance);
  installEventStreams(app as unknown as FastifyInstance);
  await app.register(swagger, {
    openapi: { info: { title: options.service, version: '1.0.0', description: options.description ?? '' } },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  installHealthRoutes(
    app as unknown as FastifyInstance,
    { service: options.service, instance },
    options.readiness ?? [],
  );
  installMetrics(
    app as unknown as FastifyInstance,
    options.metricsRegistry ?? createMetricsRegistry({ service: options.service, instance }),
  );
  if (options.deadLetters) {
    installDeadLetterRoutes(app, options.deadLetters.parked, options.deadLetters.verifyToken);
    const { report, verifyToken } = options.deadLetters;
    if (report) installQueueReportRoute(app, report, verifyToken);
    installSpanRoutes(app, options.deadLetters.verifyToken);
  }
  if (options.onClose) {
    const close = options.onClose;
    app.addHook('onClose', async () => close());
  }
  return app;
}
