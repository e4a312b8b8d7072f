// ScanService as a plain object implementing the generated service type: validation, dispatch and
// conversion only. No detection logic and no transport here; server.ts serves it over every protocol.
import { Code, type HandlerContext, type ServiceImpl } from '@connectrpc/connect';
import { setMaxListeners } from 'node:events';
import { create } from '@bufbuild/protobuf';
import { ScanBatchResponseSchema, type ScanRequest, type ScanResponse, type ScanService } from '../gen/stronghold/v1/scan_pb.js';
import { requestToJob, resultToResponse, type RequestLimits } from './convert.js';
import type { Dispatcher } from './dispatcher.js';
import { isServerFault, toConnectError } from './grpc-errors.js';
import type { Logger } from './logger.js';
import type { InferenceMetrics } from './metrics.js';
import { ScanError } from './scan-error.js';

export interface ScanServiceDeps {
  dispatcher: Dispatcher;
  limits: RequestLimits & { maxBatchRequests: number };
  logger: Logger;
  metrics: InferenceMetrics;
}

/** Most requests of one stream in the scanner at once; further reads wait (backpressure). */
const STREAM_WINDOW = 256;

export function createScanService({ dispatcher, limits, logger, metrics }: ScanServiceDeps): ServiceImpl<typeof ScanService> {
  async function scanOne(request: ScanRequest, signal: AbortSignal): Promise<ScanResponse> {
    const started = performance.now();
    const job = requestToJob(request, limits);
    const result = await dispatcher.submit(job, signal);
    const elapsed = performance.now() - started;
    metrics.scanned(job.mode, result.decision, elapsed / 1000);
    return resultToResponse(request.id, result, elapsed);
  }

  function fail(error: unknown, method: string): never {
    const connectError = toConnectError(error);
    metrics.failed(Code[connectError.code]);
    if (isServerFault(connectError)) logger.error('scan failed', { method, error });
    throw connectError;
  }

  return {
    async scan(request: ScanRequest, ctx: HandlerContext) {
      try {
        return await scanOne(request, ctx.signal);
      } catch (error) {
        fail(error, 'Scan');
      }
    },

    async scanBatch(batch, ctx) {
      try {
        if (batch.requests.length === 0) throw new ScanError('invalid_argument', 'requests is empty');
        if (batch.requests.length > limits.maxBatchRequests) {
          throw new ScanError('invalid_argument', `at most ${limits.maxBatchRequests} requests per batch`);
        }
        // Validate everything before scanning anything, so a bad item costs no work.
        const jobs = batch.requests.map((r) => requestToJob(r, limits));
        // Every queued job listens for the call's cancellation.
        setMaxListeners(jobs.length + 8, ctx.signal);
        const started = performance.now();
        const results = await Promise.all(jobs.map((job) => dispatcher.submit(job, ctx.signal)));
        const latency = performance.now() - started;
        return create(ScanBatchResponseSchema, {
          responses: results.map((result, i) => resultToResponse(batch.requests[i]!.id, result, latency)),
        });
      } catch (error) {
        fail(error, 'ScanBatch');
      }
    },

    async *scanStream(requests, ctx) {
      setMaxListeners(STREAM_WINDOW + 8, ctx.signal);
      const stream = new StreamScanner(ctx.signal);
      const reading = stream.read(requests, scanOne);
      try {
        yield* stream.responses();
      } catch (error) {
        fail(error, 'ScanStream');
      } finally {
        // The reader may be parked on a client that keeps the stream open; it ends with the call.
        stream.close();
        void reading;
      }
    },
  };
}

/**
 * Runs a stream's requests concurrently (up to STREAM_WINDOW) and hands back responses as they
 * complete, so one slow text does not hold up the rest. The first failure ends the stream.
 */
class StreamScanner {
  #done: ScanResponse[] = [];
  #inFlight = 0;
  #inputEnded = false;
  #closed = false;
  #failure: unknown;
  #wake: (() => void) | undefined;
  #slot: (() => void) | undefined;

  constructor(private readonly signal: AbortSignal) {}

  async read(requests: AsyncIterable<ScanRequest>, scan: (r: ScanRequest, s: AbortSignal) => Promise<ScanResponse>): Promise<void> {
    try {
      for await (const request of requests) {
        while (this.#inFlight >= STREAM_WINDOW && !this.#stopping()) await new Promise<void>((r) => (this.#slot = r));
        if (this.#stopping()) break;
        this.#inFlight++;
        scan(request, this.signal).then(
          (response) => this.#done.push(response),
          (error: unknown) => (this.#failure ??= error),
        ).finally(() => {
          this.#inFlight--;
          this.#release();
        });
      }
    } catch (error) {
      this.#failure ??= error;
    } finally {
      this.#inputEnded = true;
      this.#notify();
    }
  }

  async *responses(): AsyncGenerator<ScanResponse> {
    for (;;) {
      if (this.#done.length > 0) {
        const ready = this.#done;
        this.#done = [];
        yield* ready;
        continue;
      }
      if (this.#failure !== undefined) throw this.#failure;
      if (this.#inputEnded && this.#inFlight === 0) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  close(): void {
    this.#closed = true;
    this.#release();
  }

  #stopping(): boolean {
    return this.#closed || this.#failure !== undefined || this.signal.aborted;
  }

  #release(): void {
    const slot = this.#slot;
    this.#slot = undefined;
    slot?.();
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
