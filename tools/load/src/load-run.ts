// One run: sample the catalog, sign the shoppers up, send the mix at the fixed rate for the
// duration, wait a bounded time for the answers, and report.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiClient, type ApiRequest } from './api.client.js';
import { runArrivals } from './arrival-scheduler.js';
import { sampleCatalog, type CatalogSample } from './catalog-sample.js';
import type { LoadOptions } from './load-options.js';
import type { LoadReport } from './load-report.js';
import { progressLine } from './progress-line.js';
import { ShopperPool } from './shopper-pool.js';
import { mixPicker, stepNames, type StepName } from './shopper-mix.js';
import { acceptedOrderId, addToCart, planStep, type StepContext } from './shopper-steps.js';
import { StepStats } from './step-stats.js';

/** Where a run writes what it has to say while it runs (stderr in the command). */
export interface RunOutput {
  progress(line: string): void;
  /** Told the id of every order a checkout of the mix got accepted (for a soak to check later). */
  orderAccepted?(orderId: string): void;
}

interface RunState {
  readonly client: ApiClient;
  readonly steps: Record<StepName, StepStats>;
  readonly total: StepStats;
  readonly setup: StepStats;
  readonly inFlight: Set<Promise<void>>;
  readonly stop: AbortController;
}

/** Runs the load described by the options and returns its report. */
export async function runLoad(
  options: LoadOptions,
  output: RunOutput,
  random = Math.random,
): Promise<LoadReport> {
  const state = newState(options);
  try {
    const sendSetup = (call: ApiRequest) => timed(state, state.setup, call, performance.now());
    const sample = await sampleCatalog(sendSetup);
    output.progress(`signing up ${options.shoppers} shoppers…`);
    const pool = await ShopperPool.signUp(options.shoppers, sendSetup, output.progress);
    await fillCarts(pool, sample, sendSetup, random);
    const startedAt = new Date().toISOString();
    const arrival = await sendArrivals(state, options, { sample, pool, random }, output);
    const abandoned = await drain(state, options.drainSeconds);
    return report(state, options, {
      startedAt,
      arrivalSeconds: arrival.seconds,
      scheduled: arrival.count,
      abandoned,
    });
  } finally {
    await state.client.close();
  }
}

function newState(options: LoadOptions): RunState {
  return {
    client: new ApiClient(options.target, options.timeoutSeconds * 1000),
    steps: Object.fromEntries(stepNames.map((name) => [name, new StepStats()])) as Record<
      StepName,
      StepStats
    >,
    total: new StepStats(),
    setup: new StepStats(),
    inFlight: new Set(),
    stop: new AbortController(),
  };
}

/** Sends one request and records it from its scheduled time into the step's (and the total's) stats. */
async function timed(state: RunState, stats: StepStats, call: ApiRequest, scheduledAt: number) {
  const answer = await state.client.send(call, state.stop.signal);
  const outcome = {
    route: `${call.method} ${call.route}`,
    status: answer.status,
    latencyMs: performance.now() - scheduledAt,
  };
  stats.record(outcome);
  if (stats !== state.setup) state.total.record(outcome);
  return answer;
}

/** Every shopper starts with one product in the cart, so the first checkouts have something to buy. */
async function fillCarts(
  pool: ShopperPool,
  sample: CatalogSample,
  send: (call: ApiRequest) => Promise<unknown>,
  random: () => number,
) {
  for (const shopper of pool.shoppers) {
    const productId = sample.productIds[Math.floor(random() * sample.productIds.length)] as string;
    const answer = (await send(addToCart(shopper.token, productId))) as { status: unknown };
    shopper.cartFilled = answer.status === 200;
  }
}

async function sendArrivals(state: RunState, options: LoadOptions, context: StepContext, output: RunOutput) {
  const pick = mixPicker(options.mix, context.random);
  const began = performance.now();
  const progress = setInterval(() => output.progress(progressLine(state, options, began)), 1000);
  const stopSessions = keepSessions(state, context.pool, output);
  try {
    const count = await runArrivals(options.rate, options.durationSeconds, (scheduledAt) => {
      const step = pick();
      const planned = planStep(step, context);
      track(
        state,
        timed(state, state.steps[step], planned, scheduledAt).then((answer) => {
          planned.after?.(answer);
          const accepted = step === 'checkout' ? acceptedOrderId(answer) : undefined;
          if (accepted) output.orderAccepted?.(accepted);
        }),
      );
    });
    return { count, seconds: (performance.now() - began) / 1000 };
  } finally {
    clearInterval(progress);
    await stopSessions();
  }
}

/** Renews expiring sessions every 10 s, one renewal at a time; the returned stop awaits the last. */
function keepSessions(state: RunState, pool: ShopperPool, output: RunOutput): () => Promise<void> {
  const send = (call: ApiRequest) => timed(state, state.setup, call, performance.now());
  let current: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    current = current.then(() => pool.renewSessions(send, output.progress)).catch(() => undefined);
  }, 10_000);
  return async () => {
    clearInterval(timer);
    await current;
  };
}

function track(state: RunState, request: Promise<void>): void {
  state.inFlight.add(request);
  void request.finally(() => state.inFlight.delete(request));
}

/** Waits up to `seconds` for the requests in flight, then aborts the rest; returns how many. */
async function drain(state: RunState, seconds: number): Promise<number> {
  const waiting = Promise.allSettled([...state.inFlight]);
  const timer = new AbortController();
  await Promise.race([
    waiting,
    sleep(seconds * 1000, undefined, { signal: timer.signal }).catch(() => undefined),
  ]);
  timer.abort();
  const abandoned = state.inFlight.size;
  state.stop.abort();
  await waiting;
  return abandoned;
}

function report(
  state: RunState,
  options: LoadOptions,
  run: Pick<LoadReport, 'startedAt' | 'arrivalSeconds' | 'scheduled' | 'abandoned'>,
): LoadReport {
  const seconds = Math.max(run.arrivalSeconds, 1e-3);
  const steps = Object.fromEntries(
    stepNames
      .filter((name) => options.mix[name] > 0 || state.steps[name].requests > 0)
      .map((name) => [name, state.steps[name].summary(seconds)]),
  );
  return {
    target: options.target.origin,
    rate: options.rate,
    durationSeconds: options.durationSeconds,
    mix: options.mix,
    ...run,
    arrivalSeconds: Math.round(run.arrivalSeconds * 1000) / 1000,
    completed: state.total.requests - run.abandoned,
    steps,
    total: state.total.summary(seconds),
    setup: state.setup.summary(seconds),
  };
}
