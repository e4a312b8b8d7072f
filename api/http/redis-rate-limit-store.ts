// Shared rate-limit counters in Redis (REDIS_URL) so several API instances enforce one limit.
// One connection for all limiters; each limiter gets its own key prefix.
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import type { Logger } from '../logging/logger.js';
import type { RateLimitStoreFactory } from './rate-limits.js';

export interface RedisRateLimitStores {
  factory: RateLimitStoreFactory;
  close(): Promise<void>;
}

export async function connectRedisRateLimitStores(url: string, logger: Logger, prefix = 'stronghold:rl:'): Promise<RedisRateLimitStores> {
  const client = createClient({ url, socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) } });
  client.on('error', (err: Error) => logger.warn('redis rate-limit store error', { err: err.message }));
  await client.connect();
  return {
    factory: (name) =>
      new RedisStore({
        prefix: `${prefix}${name}:`,
        sendCommand: (...args: string[]) => client.sendCommand(args),
      }),
    close: async () => {
      await client.close();
    },
  };
}
