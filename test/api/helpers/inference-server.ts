// The real inference service on a free loopback port, for tests that scan (one worker, quiet log).
import { createLogger } from '../../../inference/logger.js';
import { startInferenceServer } from '../../../inference/server.js';

export type RunningInference = Awaited<ReturnType<typeof startInferenceServer>>;

export function startRealInference(): Promise<RunningInference> {
  return startInferenceServer({ port: 0, host: '127.0.0.1', config: { workers: 1 }, logger: createLogger('error') });
}
