// Starts the real app on 127.0.0.1:0 with a real database (PGlite or a PostgreSQL schema) and a
// real inference client; tests talk to it with fetch.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PassThrough } from 'node:stream';
import { createApp } from '../../../api/app.js';
import { systemClock, type Clock } from '../../../api/clock.js';
import { parseConfig, type Config } from '../../../api/config.js';
import type { RateLimitStoreFactory } from '../../../api/http/rate-limits.js';
import { createLogger } from '../../../api/logging/logger.js';
import { createInferenceClient, type InferenceClient } from '../../../api/scan/inference-client.js';
import { createTestDatabase, type TestDatabase } from '../../db/test-database.js';

export interface TestApi {
  url: string;
  config: Config;
  database: TestDatabase;
  inference: InferenceClient;
  /** Everything the app logged, as JSON lines. */
  logs: string[];
  close(): Promise<void>;
}

export interface TestApiOptions {
  env?: Record<string, string>;
  /** Defaults to a closed port: tests that scan pass the real inference server's URL. */
  inferenceUrl?: string;
  inferenceTimeoutMs?: number;
  clock?: Clock;
  rateLimitStore?: RateLimitStoreFactory;
  /** Reuse a database (several app instances sharing one); created and dropped otherwise. */
  database?: TestDatabase;
  configure?: (config: Config) => void;
  /** Wraps the real inference client (to hold a scan at a point of the test's choosing, say). */
  wrapInference?: (client: InferenceClient) => InferenceClient;
}

/**
 * Whether a logged line matching `match` arrives within `timeoutMs`. winston hands a line to its stream transport
 * on a later tick than the call that logged it, so a line logged before a response can arrive after it under load.
 */
export async function loggedWithin(logs: readonly string[], match: (line: string) => boolean, timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (logs.some(match)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** 127.0.0.1:9 (discard) is closed on every test machine: connection refused at once. */
export const CLOSED_INFERENCE_URL = 'http://127.0.0.1:9';

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', ...options.env });
  options.configure?.(config);
  const logs: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const logger = createLogger({ level: config.logLevel, json: true, stream });
  const database = options.database ?? (await createTestDatabase());
  const clock = options.clock ?? systemClock;
  const realInference = createInferenceClient({
    baseUrl: options.inferenceUrl ?? CLOSED_INFERENCE_URL,
    timeoutMs: options.inferenceTimeoutMs ?? 5000,
    retries: 2,
    clock,
  });
  const inference = options.wrapInference?.(realInference) ?? realInference;
  const app = createApp({ config, db: database.handle.db, inference, clock, logger, rateLimitStore: options.rateLimitStore });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    database,
    inference,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inference.close();
      if (!options.database) await database.drop();
    },
  };
}
