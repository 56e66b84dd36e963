import { Redis } from 'ioredis';
import type { GatewayConfig } from './config.js';

/**
 * The Redis client the rate limits are counted in when REDIS_URL is set, so every gateway replica
 * shares them; undefined: each process counts in memory. It waits for the first connection (a
 * Redis that is away does not stop the start), then commands fail fast while Redis is away (no
 * offline queue) and the limiter lets requests through: identity still throttles sign-ins.
 */
export async function openRateLimitRedis(
  config: Pick<GatewayConfig, 'REDIS_URL'>,
): Promise<Redis | undefined> {
  if (!config.REDIS_URL) return undefined;
  const redis = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1000,
  });
  redis.on('error', () => undefined); // it reconnects on its own; a down Redis is not a crash
  await redis.connect().catch(() => undefined);
  return redis;
}
