import { AppError } from '@bazaar/platform';
import type { IdentityDatabase } from '../data/schema.js';
import {
  failureMemoryMs,
  failuresAt,
  judgeAttempt,
  type AttemptVerdict,
  type ThrottlePolicy,
} from '../domain/login-throttle.js';
import {
  forgetFailures,
  forgetFailuresBefore,
  lockFailureCount,
  refundFailure,
  saveFailureCount,
} from '../data/login-attempts.repository.js';

/** Who is signing in: the normalized email and the client address the attempt came from. */
export interface LoginAttempt {
  email: string;
  address: string;
}

/** Slows and locks repeated failed sign-ins per account and per address, in identity's database. */
export interface LoginThrottle {
  /** Counts the attempt as a failure up front, or throws 429 LOGIN_LOCKED / LOGIN_THROTTLED. */
  admit(attempt: LoginAttempt): Promise<void>;
  /** The attempt succeeded: the account's run of failures ends, the address gets its attempt back. */
  succeeded(attempt: LoginAttempt): Promise<void>;
  /** A new account was made from `address`: the address gets one failed attempt back. */
  signedUp(address: string): Promise<void>;
}

/** What the throttle is built from; `now` is injectable so tests move time instead of waiting. */
export interface LoginThrottleOptions {
  database: IdentityDatabase;
  account: ThrottlePolicy;
  address: ThrottlePolicy;
  now: () => Date;
}

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

/** Builds the throttle. An attempt is counted before the password check, so parallel guesses queue. */
export function createLoginThrottle(options: LoginThrottleOptions): LoginThrottle {
  const { database, now } = options;
  return {
    async admit(attempt) {
      const at = now();
      const keys: [string, ThrottlePolicy][] = [
        [accountKey(attempt.email), options.account],
        [addressKey(attempt.address), options.address],
      ];
      const verdict = await database.transaction(async (trx) => {
        const counts = [];
        for (const [key, policy] of keys) {
          const count = await lockFailureCount(trx, database.engine, key, at);
          const verdict = judgeAttempt(count, at, policy);
          if (!verdict.allowed) return verdict;
          counts.push({ key, failures: failuresAt(count, at) + 1 });
        }
        for (const { key, failures } of counts)
          await saveFailureCount(trx, key, { failures, lastFailureAt: at });
        return { allowed: true } as const;
      });
      if (!verdict.allowed) throw refusal(verdict);
      await forgetFailuresBefore(database.db, new Date(at.getTime() - failureMemoryMs));
    },
    async succeeded(attempt) {
      await forgetFailures(database.db, accountKey(attempt.email));
      await refundFailure(database.db, addressKey(attempt.address));
    },
    signedUp: (address) => refundFailure(database.db, addressKey(address)),
  };
}

function refusal(verdict: Exclude<AttemptVerdict, { allowed: true }>): AppError {
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  const headers = { 'retry-after': String(seconds) };
  if (verdict.reason === 'locked') {
    return new AppError('LOGIN_LOCKED', {
      detail: `Too many failed sign-ins: signing in is locked for ${seconds} s.`,
      headers,
    });
  }
  return new AppError('LOGIN_THROTTLED', {
    detail: `Too many failed sign-ins: wait ${seconds} s before trying again.`,
    headers,
  });
}
