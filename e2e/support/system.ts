// Starts the whole system the way a developer does (`npm start`), on free ports and a fresh data
// directory, and stops it for sure: tests call stop() in afterEach/afterAll, and anything still
// running when the test process exits is killed with its whole process group.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { findFreePort, findFreeServicePortBase, maxReplicas } from './ports.js';
import { spawnGroup, stopGroup, type ExitStatus, type ProcessGroup } from './process-group.js';
import { readRunnerState, type RunnerState } from './runner-state.js';

/** How to start the system. */
export interface StartOptions {
  /** Extra environment for `npm start`, e.g. { DATABASE_URL, BUS_URL }. */
  readonly env?: Record<string, string>;
  /** SCALE for the runner, e.g. 'catalog=3,identity=2'. */
  readonly scale?: string;
  /** How long to wait for GET /health/system to answer 200 (default 90 s). */
  readonly readyTimeoutMs?: number;
  /** The repository to run `npm start` in (default: this one). */
  readonly repoRoot?: string;
  /** Called with the ports and data directory chosen, before `npm start` runs (e.g. to aim a fault proxy). */
  readonly beforeLaunch?: (place: Place) => void | Promise<void>;
}

/** A system started by startSystem. */
export interface RunningSystem {
  /** The gateway, e.g. http://127.0.0.1:43121. */
  readonly baseUrl: string;
  readonly port: number;
  readonly servicePortBase: number;
  /** Absolute DATA_DIR, under <repo>/.test-data/. */
  readonly dataDir: string;
  /** Everything `npm start` has printed so far (across restarts). */
  output(): string;
  /** The runner's <DATA_DIR>/runner.json: every process with its instance, port, pid and restarts. */
  pids(): Promise<RunnerState>;
  /** Sends a signal to the whole process group of `npm start` (SIGINT is what Ctrl-C does). */
  signal(signal: NodeJS.Signals): void;
  /** Resolves when the current `npm start` process has exited. */
  exited(): Promise<ExitStatus>;
  /** SIGINT to the group, waits for exit, SIGKILLs the group after 10 s. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops if running, then starts again on the same DATA_DIR and ports, and waits until healthy. */
  restart(): Promise<void>;
  /** Stops, then deletes the data directory. */
  remove(): Promise<void>;
}

const running = new Set<RunningSystem>();

/** The systems started and not yet removed, in this test process. */
export function liveSystems(): RunningSystem[] {
  return [...running];
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const testDataRoot = path.join(repoRoot, '.test-data');
const stopGraceMs = 10_000;
const verbose = process.env.E2E_VERBOSE === '1';
// Set by vitest/vite in the test process; the system runs as it does for a developer, without them.
const vitestVariables = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'FORCE_TTY']);

/** Starts `npm start` on free ports with a fresh DATA_DIR and resolves once /health/system is 200. */
export async function startSystem(options: StartOptions = {}): Promise<RunningSystem> {
  const place = await reservePlace(options.scale);
  await options.beforeLaunch?.(place);
  const env = systemEnvironment(options, place);
  const chunks: string[] = [];
  const cwd = options.repoRoot ?? repoRoot;
  const launch = () => launchUntilHealthy(env, cwd, place.baseUrl, options.readyTimeoutMs ?? 90_000, chunks);
  let group = await launch();
  const stop = () => stopGroup(group, stopGraceMs).then(() => undefined);
  const system: RunningSystem = {
    ...place,
    output: () => chunks.join(''),
    pids: () => readRunnerState(place.dataDir),
    signal: (signal) => group.signal(signal),
    exited: () => group.exited,
    stop,
    restart: async () => {
      await stop();
      group = await launch();
    },
    remove: async () => {
      running.delete(system);
      await stop();
      await rm(place.dataDir, { recursive: true, force: true });
    },
  };
  running.add(system);
  return system;
}

/** Where a system runs: its ports and data directory. */
export type Place = Pick<RunningSystem, 'baseUrl' | 'port' | 'servicePortBase' | 'dataDir'>;

/** Free ports for the gateway and for every service replica, and a new data directory. */
async function reservePlace(scale: string | undefined): Promise<Place> {
  const port = await findFreePort();
  const servicePortBase = await findFreeServicePortBase(maxReplicas(scale), [port]);
  await mkdir(testDataRoot, { recursive: true });
  const dataDir = path.join(testDataRoot, `system-${port}-${Date.now().toString(36)}`);
  return { baseUrl: `http://127.0.0.1:${port}`, port, servicePortBase, dataDir };
}

function systemEnvironment(options: StartOptions, place: Place): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestVariables.has(key) && !key.startsWith('VITEST')),
  );
  return {
    ...inherited,
    ...options.env,
    SCALE: options.scale ?? options.env?.SCALE ?? '',
    PORT: String(place.port),
    SERVICE_PORT_BASE: String(place.servicePortBase),
    DATA_DIR: place.dataDir,
  };
}

async function launchUntilHealthy(
  env: NodeJS.ProcessEnv,
  cwd: string,
  baseUrl: string,
  timeoutMs: number,
  chunks: string[],
): Promise<ProcessGroup> {
  const onOutput = (text: string) => {
    chunks.push(text);
    if (verbose) process.stdout.write(text);
  };
  const group = spawnGroup('npm', ['start'], { cwd, env, onOutput });
  const failure = await waitForHealthy(group, `${baseUrl}/health/system`, timeoutMs);
  if (!failure) return group;
  await stopGroup(group, stopGraceMs);
  throw new Error(`${failure}\n--- last 100 lines of npm start ---\n${lastLines(chunks.join(''), 100)}`);
}

/** Polls until the URL answers 200; returns why it gave up, or null when healthy. */
async function waitForHealthy(group: ProcessGroup, url: string, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!group.isRunning())
      return `npm start exited (${JSON.stringify(await group.exited)}) before ${url} was 200`;
    if (await answers200(url)) return null;
    await sleep(250);
  }
  return `${url} did not answer 200 within ${timeoutMs / 1000} s`;
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

function lastLines(text: string, count: number): string {
  return text.split('\n').slice(-count).join('\n');
}
