// The real inference service on a free loopback port, for tests that scan.
import { startInferenceServer } from '../../../inference/server.js';

export type RunningInference = Awaited<ReturnType<typeof startInferenceServer>>;

export function startRealInference(): Promise<RunningInference> {
  return startInferenceServer({ port: 0, host: '127.0.0.1', config: { workers: 1 } });
}
