// The API's client of the inference service over gRPC (h2c): one HTTP/2 session, a deadline per
// call, retries with backoff and jitter on UNAVAILABLE, and a circuit breaker in front of it all.
import { Code, ConnectError, createClient, type Client } from '@connectrpc/connect';
import { createGrpcTransport, Http2SessionManager } from '@connectrpc/connect-node';
import { create, type MessageInitShape } from '@bufbuild/protobuf';
import { Health, HealthCheckResponse_ServingStatus } from '../../gen/grpc/health/v1/health_pb.js';
import { ScanRequestSchema, ScanService, type ScanRequest, type ScanResponse } from '../../gen/stronghold/v1/scan_pb.js';
import { systemClock, type Clock } from '../clock.js';
import { CircuitBreaker, type CircuitState } from './circuit-breaker.js';

export interface InferenceClientOptions {
  baseUrl: string;
  /** Budget for one scan, retries included. */
  timeoutMs: number;
  /** Extra attempts after an UNAVAILABLE answer. */
  retries: number;
  failureThreshold?: number;
  cooldownMs?: number;
  clock?: Clock;
}

export type InferenceHealth = 'serving' | 'not_serving' | 'unavailable';

export interface InferenceClient {
  /** Fields of a ScanRequest, nested messages (turns) as plain objects. */
  scan(request: MessageInitShape<typeof ScanRequestSchema>): Promise<ScanResponse>;
  health(timeoutMs?: number): Promise<InferenceHealth>;
  readonly circuitState: CircuitState;
  close(): Promise<void>;
}

const RETRYABLE = new Set([Code.Unavailable]);
// Errors that say the service is unwell; a caller's mistake (INVALID_ARGUMENT) never opens the circuit.
const SERVICE_FAILURES = new Set([Code.Unavailable, Code.DeadlineExceeded, Code.Internal, Code.Unknown]);

export function createInferenceClient(options: InferenceClientOptions): InferenceClient {
  const clock = options.clock ?? systemClock;
  const sessions = new Http2SessionManager(options.baseUrl, { idleConnectionTimeoutMs: 60_000, pingIntervalMs: 30_000 });
  const transport = createGrpcTransport({ baseUrl: options.baseUrl, sessionManager: sessions });
  const scanClient: Client<typeof ScanService> = createClient(ScanService, transport);
  const healthClient: Client<typeof Health> = createClient(Health, transport);
  const breaker = new CircuitBreaker({ failureThreshold: options.failureThreshold ?? 5, cooldownMs: options.cooldownMs ?? 5000 }, clock);
  const isServiceFailure = (err: unknown) => SERVICE_FAILURES.has(ConnectError.from(err).code);

  async function scanWithRetries(request: ScanRequest): Promise<ScanResponse> {
    const deadline = Date.now() + options.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new ConnectError('inference deadline exceeded', Code.DeadlineExceeded);
      try {
        return await scanClient.scan(request, { timeoutMs: remaining });
      } catch (err) {
        const code = ConnectError.from(err).code;
        if (!RETRYABLE.has(code) || attempt >= options.retries) throw err;
        // Exponential backoff with full jitter, never past the deadline.
        const backoff = Math.random() * Math.min(1000, 50 * 2 ** attempt);
        await new Promise((resolve) => setTimeout(resolve, Math.min(backoff, Math.max(0, deadline - Date.now()))));
      }
    }
  }

  return {
    scan: (fields) => breaker.run(() => scanWithRetries(create(ScanRequestSchema, fields)), isServiceFailure),
    async health(timeoutMs = 1000) {
      try {
        const res = await healthClient.check({ service: ScanService.typeName }, { timeoutMs });
        return res.status === HealthCheckResponse_ServingStatus.SERVING ? 'serving' : 'not_serving';
      } catch {
        return 'unavailable';
      }
    },
    get circuitState() {
      return breaker.state;
    },
    async close() {
      sessions.abort();
    },
  };
}
