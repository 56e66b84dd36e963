// The command line of `npm run load`, read into typed options (node:util parseArgs).
import { parseArgs } from 'node:util';
import { defaultMix, parseMix, type ShopperMix } from './shopper-mix.js';

/** Everything a run is told. */
export interface LoadOptions {
  /** Arrivals per second. */
  readonly rate: number;
  /** Seconds of arrivals. */
  readonly durationSeconds: number;
  /** The gateway, e.g. http://127.0.0.1:8080. */
  readonly target: URL;
  readonly mix: ShopperMix;
  /** Print the report as JSON on stdout instead of the table. */
  readonly json: boolean;
  /** Accept a target that is not on this machine. */
  readonly allowRemote: boolean;
  /** Shopper accounts signed up at the start. */
  readonly shoppers: number;
  /** Seconds to wait for requests still in flight after the last arrival. */
  readonly drainSeconds: number;
  /** Seconds after which one request counts as failed (timeout). */
  readonly timeoutSeconds: number;
  /** Print the usage and stop. */
  readonly help: boolean;
}

/** The usage text. */
export const usage = `usage: npm run load -- [--rate 20] [--duration 60] [--target URL] [--json]
                     [--mix browse=30,search=20,product=25,cart=12,checkout=5,status=8]
                     [--shoppers 10] [--drain 10] [--timeout 10] [--allow-remote]
  --rate       arrivals per second, sent whatever the answers (open loop)
  --duration   seconds of arrivals; the run then waits at most --drain seconds for answers
  --target     the gateway (default http://127.0.0.1:$PORT, PORT defaulting to 8080); only this machine unless --allow-remote
  --mix        relative weights; steps not named are not sent
  --shoppers   accounts signed up at the start
  --json       the report as JSON on stdout (progress stays on stderr)`;

/** A command line that cannot be run; its message says why. */
export class UsageError extends Error {}

/** Reads the arguments (without node and the script); throws UsageError naming what is wrong. */
export function parseLoadArgs(args: string[], env: NodeJS.ProcessEnv = process.env): LoadOptions {
  const { values } = readArgs(args);
  return {
    rate: positive('--rate', values.rate, 20),
    durationSeconds: positive('--duration', values.duration, 60),
    target: targetUrl(values.target ?? `http://127.0.0.1:${env.PORT ?? 8080}`),
    mix: values.mix === undefined ? defaultMix : wrap(() => parseMix(values.mix as string)),
    json: values.json ?? false,
    allowRemote: values['allow-remote'] ?? false,
    shoppers: Math.ceil(positive('--shoppers', values.shoppers, 10)),
    drainSeconds: positive('--drain', values.drain, 10),
    timeoutSeconds: positive('--timeout', values.timeout, 10),
    help: values.help ?? false,
  };
}

function readArgs(args: string[]) {
  return wrap(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        rate: { type: 'string' },
        duration: { type: 'string' },
        target: { type: 'string' },
        mix: { type: 'string' },
        json: { type: 'boolean' },
        'allow-remote': { type: 'boolean' },
        shoppers: { type: 'string' },
        drain: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${name} must be a number > 0, not "${text}"`);
  return value;
}

function targetUrl(text: string): URL {
  const url = wrap(() => new URL(text));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--target must be an http(s) URL, not "${text}"`);
  }
  return url;
}

function wrap<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
