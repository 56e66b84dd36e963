// Brute force across real processes: two gateways in front of one identity, their limits counted
// together in Redis, and identity's own lock holding against both gateways and against a call
// straight to identity's port. The runner runs one gateway (it listens on PORT), so the second is
// started here with the first one's environment on another port, as a second replica would be.
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/eventually.js';
import { fetchJson } from './support/http.js';
import { findFreePort } from './support/ports.js';
import { environmentOf } from './support/process-environment.js';
import { spawnGroup, stopGroup, type ProcessGroup } from './support/process-group.js';
import { credentialOf } from './support/service-credential.js';
import { startSystem, type RunningSystem } from './support/system.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisAnswers = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(redisUrl);
  const socket = connect({ host: hostname, port: Number(port || 6379) });
  socket.once('connect', () => resolve(socket.destroy() !== undefined));
  socket.once('error', () => resolve(false));
});
const repoRoot = fileURLToPath(new URL('../', import.meta.url));

// like PostgreSQL and RabbitMQ: skipped, and said so, where no Redis answers; a failure in CI
if (!redisAnswers) {
  if (process.env.CI === 'true') throw new Error(`CI=true and no Redis answers at ${redisUrl}`);
  console.warn(`the brute-force test is skipped: no Redis at ${redisUrl} (TEST_REDIS_URL)`);
}

describe.skipIf(!redisAnswers)('brute force against two gateways and identity itself', () => {
  let system: RunningSystem;
  let second: ProcessGroup | undefined;
  let gateways: [string, string];
  let identityUrl: string;

  beforeAll(async () => {
    system = await startSystem({
      env: {
        REDIS_URL: redisUrl,
        RATE_LIMIT_KEY_PREFIX: `bazaar-e2e:${randomUUID()}:`,
        AUTH_RATE_LIMIT_PER_MINUTE: '7',
        LOGIN_DELAY_AFTER_FAILURES: '3',
        LOGIN_LOCK_AFTER_FAILURES: '3',
        LOGIN_LOCK_SECONDS: '600',
      },
    });
    const state = await system.pids();
    const gateway = state.processes.find((child) => child.name === 'gateway');
    const identity = state.processes.find((child) => child.name === 'identity');
    if (!gateway?.pid || !identity) throw new Error('no gateway or identity in runner.json');
    identityUrl = `http://127.0.0.1:${identity.port}`;
    const port = await findFreePort();
    const { RUNNER_CONTROL_FILE: _control, ...env } = environmentOf(gateway.pid);
    second = spawnGroup(process.execPath, ['apps/gateway/dist/main.bundle.js'], {
      cwd: repoRoot,
      env: { ...env, PORT: String(port), SERVICE_INSTANCE: 'gateway-1' },
      onOutput: (text) => void (process.env.E2E_VERBOSE === '1' && process.stdout.write(text)),
    });
    gateways = [system.baseUrl, `http://127.0.0.1:${port}`];
    await eventually(async () => (await fetchJson(`${gateways[1]}/health/ready`)).status === 200, {
      timeoutMs: 30_000,
      what: 'the second gateway ready',
    });
  }, 150_000);
  afterAll(async () => {
    if (second) await stopGroup(second, 5000);
    await system?.remove();
  });

  const signUp = async (gateway: string) => {
    const account = { email: `bf-${randomUUID().slice(0, 8)}@e2e.test`, password: `pw-${randomUUID()}` };
    const answer = await fetchJson(`${gateway}/api/auth/signup`, { body: { ...account, name: 'Brute' } });
    expect(answer.status).toBe(201);
    return account;
  };
  const logIn = (gateway: string, email: string, password: string) =>
    fetchJson<{ code?: string }>(`${gateway}/api/auth/login`, { body: { email, password } });
  const outcome = (answer: { status: number; body: { code?: string } }) =>
    answer.status === 429 ? `429 ${answer.body.code}` : String(answer.status);

  it('counts guesses at both gateways and at identity together: locked, then limited; others unaffected', async () => {
    const [a, b] = gateways;
    const victim = await signUp(a);
    const other = await signUp(b);
    const direct = async (password: string) =>
      fetchJson<{ code?: string }>(`${identityUrl}/auth/login`, {
        body: { email: victim.email, password },
        headers: await credentialOf(system, 'orders', 'identity'),
      });

    // three wrong guesses, one at each gateway and one straight at identity's port: locked
    const guesses = [
      await logIn(a, victim.email, 'guess 1'),
      await logIn(b, victim.email, 'guess 2'),
      await direct('guess 3'),
    ];
    expect(guesses.map(outcome)).toEqual(['401', '401', '401']);
    const refused = [
      await logIn(b, victim.email, victim.password),
      await logIn(a, victim.email, victim.password),
      await direct(victim.password),
    ];
    expect(refused.map(outcome)).toEqual(['429 LOGIN_LOCKED', '429 LOGIN_LOCKED', '429 LOGIN_LOCKED']);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(500);

    expect(outcome(await logIn(a, other.email, other.password))).toBe('200');

    // the gateways' login limit (7 a minute per client) is one count across both: 5 so far (a: 3, b: 2)
    const more = [await logIn(b, other.email, other.password), await logIn(a, other.email, other.password)];
    expect(more.map(outcome)).toEqual(['200', '200']);
    // 4 at a and 3 at b: each alone is within 7, together they are not
    const limited = [
      await logIn(b, other.email, other.password),
      await logIn(a, other.email, other.password),
    ];
    expect(limited.map(outcome)).toEqual(['429 RATE_LIMITED', '429 RATE_LIMITED']);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
