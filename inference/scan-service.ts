// ScanService as a plain object implementing the generated service type: validation, dispatch and
// conversion only. No detection logic and no transport here; server.ts serves it over every protocol.
import { Code, type HandlerContext, type ServiceImpl } from '@connectrpc/connect';
import { setMaxListeners } from 'node:events';
import { create } from '@bufbuild/protobuf';
import { ScanBatchResponseSchema, type ScanRequest, type ScanResponse, type ScanService } from '../gen/stronghold/v1/scan_pb.js';
import { CallCancellation, cancellationOf, type Cancellation } from './cancellation.js';
import { requestToJob, resultToResponse, type RequestLimits } from './convert.js';
import type { Dispatcher } from './dispatcher.js';
import { isServerFault, toConnectError } from './grpc-errors.js';
import type { Logger } from './logger.js';
import type { InferenceMetrics } from './metrics.js';
import { ScanError } from './scan-error.js';
import { textUnits, type ScanJob, type ScanResult } from './scan-types.js';

export interface ScanServiceDeps {
  dispatcher: Dispatcher;
  limits: RequestLimits & { maxBatchRequests: number; maxBatchBytes: number };
  logger: Logger;
  metrics: InferenceMetrics;
}

/**
 * Most requests of one stream held at once, scanning or answered but not yet taken by the transport;
 * further reads wait (backpressure), so a client that stops reading stops the scanning too.
 */
const STREAM_WINDOW = 256;
/** How long a stream waits before retrying when the queue is full of other callers' work. */
const RETRY_PAUSE_MS = 5;

export function createScanService({ dispatcher, limits, logger, metrics }: ScanServiceDeps): ServiceImpl<typeof ScanService> {
  async function scanOne(request: ScanRequest, cancel: Cancellation): Promise<ScanResponse> {
    const started = performance.now();
    const job = requestToJob(request, limits);
    const result = await dispatcher.submit(job, cancel);
    const elapsed = performance.now() - started;
    metrics.scanned(job.mode, result.decision, elapsed / 1000);
    return resultToResponse(request.id, result, elapsed);
  }

  /**
   * Scans a batch's jobs, admitted whole or refused whole. The jobs share a cancellation of their
   * own, chained to the call's, so that when one fails the rest still queued are dropped with it.
   */
  async function scanAll(jobs: ScanJob[], callCancel: Cancellation): Promise<ScanResult[]> {
    const cancel = new CallCancellation();
    const onCallAbort = () => cancel.abort(callCancel.reason);
    if (callCancel.aborted) onCallAbort();
    else callCancel.addEventListener('abort', onCallAbort);
    try {
      return await dispatcher.submitAll(jobs, cancel);
    } catch (error) {
      cancel.abort(error);
      throw error;
    } finally {
      callCancel.removeEventListener('abort', onCallAbort);
    }
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
        return await scanOne(request, cancellationOf(ctx));
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
        const bytes = batchTextBytes(jobs, limits.maxBatchBytes);
        if (bytes > limits.maxBatchBytes) {
          throw new ScanError('invalid_argument', `the batch's texts come to ${bytes} bytes of UTF-8; the limit is ${limits.maxBatchBytes} (MAX_BATCH_BYTES)`);
        }
        const started = performance.now();
        const results = await scanAll(jobs, cancellationOf(ctx));
        const latency = performance.now() - started;
        for (let i = 0; i < jobs.length; i++) metrics.scanned(jobs[i]!.mode, results[i]!.decision, latency / 1000);
        return create(ScanBatchResponseSchema, {
          responses: results.map((result, i) => resultToResponse(batch.requests[i]!.id, result, latency)),
        });
      } catch (error) {
        fail(error, 'ScanBatch');
      }
    },

    async *scanStream(requests, ctx) {
      const cancel = cancellationOf(ctx);
      allowListeners(cancel, STREAM_WINDOW + 8);
      const stream = new StreamScanner(cancel, scanOne);
      const reading = stream.read(requests);
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

/** UTF-8 bytes of a batch's texts and turns; counted only when the UTF-16 length says it might matter. */
function batchTextBytes(jobs: readonly ScanJob[], limit: number): number {
  const units = textUnits(jobs);
  // A UTF-16 unit is at most 3 bytes of UTF-8.
  if (units * 3 <= limit) return units;
  let bytes = 0;
  for (const job of jobs) {
    bytes += Buffer.byteLength(job.text, 'utf8');
    for (const turn of job.turns ?? []) bytes += Buffer.byteLength(turn.text, 'utf8');
  }
  return bytes;
}

/** Lifts an AbortSignal's listener warning limit (a CallCancellation has none). */
function allowListeners(cancel: Cancellation, count: number): void {
  if (cancel instanceof AbortSignal) setMaxListeners(count, cancel);
}

/**
 * Runs a stream's requests concurrently (up to a window) and hands back responses as they complete,
 * so one slow text does not hold up the rest. Responses not yet handed to the transport count in
 * the window, so a client that stops reading soon stops having its requests read. A full scanner
 * queue is backpressure, not an error, for a stream: the window shrinks, the refused request is
 * retried when room appears, and reading pauses (HTTP/2 flow control then slows the client). Any
 * other failure ends the stream.
 */
class StreamScanner {
  #done: ScanResponse[] = [];
  #retry: ScanRequest[] = [];
  #window = STREAM_WINDOW;
  #inFlight = 0;
  /** Responses in #done or in the batch being handed out. */
  #unsent = 0;
  #inputEnded = false;
  #closed = false;
  #failure: unknown;
  #wake: (() => void) | undefined;
  #room: (() => void) | undefined;
  #retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly signal: Cancellation,
    private readonly scan: (r: ScanRequest, c: Cancellation) => Promise<ScanResponse>,
  ) {}

  async read(requests: AsyncIterable<ScanRequest>): Promise<void> {
    try {
      for await (const request of requests) {
        while (!this.#hasRoom() && !this.#stopping()) await new Promise<void>((r) => (this.#room = r));
        if (this.#stopping()) break;
        this.#start(request);
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
        for (const response of ready) {
          // Handed to the transport, which waits for the client before taking the next one.
          this.#unsent--;
          this.#wakeReader();
          yield response;
        }
        continue;
      }
      if (this.#failure !== undefined) throw this.#failure;
      if (this.#inputEnded && this.#inFlight === 0 && this.#retry.length === 0) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    this.#notify();
  }

  #hasRoom(): boolean {
    return this.#retry.length === 0 && this.#inFlight < this.#window && this.#inFlight + this.#unsent < STREAM_WINDOW;
  }

  #start(request: ScanRequest): void {
    this.#inFlight++;
    this.scan(request, this.signal)
      .then(
        (response) => {
          this.#done.push(response);
          this.#unsent++;
          this.#window = Math.min(STREAM_WINDOW, this.#window + 1);
        },
        (error: unknown) => {
          if (error instanceof ScanError && error.code === 'resource_exhausted' && !this.#stopping()) {
            this.#window = Math.max(1, this.#inFlight - 1);
            this.#retry.push(request);
          } else {
            this.#failure ??= error;
          }
        },
      )
      .finally(() => {
        this.#inFlight--;
        this.#resume();
      });
  }

  /** Restarts refused requests while there is room; with nothing in flight, waits a moment first. */
  #resume(): void {
    if (this.#stopping()) return this.#notify();
    while (this.#retry.length > 0 && this.#inFlight < this.#window) {
      if (this.#inFlight === 0 && this.#retryTimer === undefined) {
        // Nothing of ours will finish to make room: the queue is full of other callers' work.
        this.#retryTimer = setTimeout(() => {
          this.#retryTimer = undefined;
          this.#startRetries();
        }, RETRY_PAUSE_MS);
        break;
      }
      if (this.#retryTimer !== undefined) break;
      this.#start(this.#retry.shift()!);
    }
    this.#wakeReader();
    this.#notify();
  }

  #wakeReader(): void {
    if (!this.#hasRoom()) return;
    const room = this.#room;
    this.#room = undefined;
    room?.();
  }

  #startRetries(): void {
    const request = this.#retry.shift();
    if (request && !this.#stopping()) this.#start(request);
    this.#resume();
  }

  #stopping(): boolean {
    return this.#closed || this.#failure !== undefined || this.signal.aborted;
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
