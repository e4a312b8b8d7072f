// Load generators over a grpc-js client: closed loop (fixed concurrency, finds the maximum rate)
// and open loop (constant arrival rate, latency measured from the intended send time so queueing
// shows instead of being hidden by a waiting client).
import * as grpc from '@grpc/grpc-js';

export type Call = (i: number) => Promise<unknown>;

export interface LoadResult {
  sent: number;
  ok: number;
  errors: number;
  seconds: number;
  /** Completed requests per second. */
  rate: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Keeps `concurrency` calls in flight for `durationMs`. */
export function closedLoop(call: Call, concurrency: number, durationMs: number): Promise<LoadResult> {
  const end = performance.now() + durationMs;
  return lanes(call, concurrency, () => performance.now() < end);
}

/** Sends exactly `count` calls, `concurrency` at a time (a fixed amount of work, e.g. a service's first requests). */
export function closedLoopCount(call: Call, concurrency: number, count: number): Promise<LoadResult> {
  return lanes(call, concurrency, (sent) => sent < count);
}

/** `concurrency` lanes, each sending its next call when its last one answered, while `more(calls sent so far)`. */
async function lanes(call: Call, concurrency: number, more: (sent: number) => boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  async function lane(): Promise<void> {
    while (more(sent)) {
      const i = sent++;
      const t0 = performance.now();
      try {
        await call(i);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return summarize(latencies, errors, sent, (performance.now() - started) / 1000);
}

export async function openLoop(call: Call, ratePerSecond: number, durationMs: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.floor((ratePerSecond * durationMs) / 1000);
  const interval = 1000 / ratePerSecond;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const intended = started + i * interval;
    const wait = intended - performance.now();
    // Timers are coarse: sleep only when ahead by a millisecond, then send everything that is due.
    if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      call(i).then(
        () => void latencies.push(performance.now() - intended),
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  return summarize(latencies, errors, total, (performance.now() - started) / 1000);
}

function summarize(latencies: number[], errors: number, sent: number, seconds: number): LoadResult {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return {
    sent, ok: sorted.length, errors, seconds,
    rate: sorted.length / seconds,
    p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

export function unary<Req, Res>(client: grpc.Client, method: string): (request: Req) => Promise<Res> {
  const fn = (client as unknown as Record<string, (r: Req, cb: (e: grpc.ServiceError | null, v?: Res) => void) => void>)[method]!;
  return (request) => new Promise((resolve, reject) => fn.call(client, request, (e, v) => (e ? reject(e) : resolve(v as Res))));
}

/**
 * Streams `count` requests over one bidirectional stream keeping at most `window` outstanding;
 * resolves with the elapsed seconds when every response has arrived.
 */
export function streamThroughput<Req>(client: grpc.Client, make: (i: number) => Req, count: number, window: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = (client as unknown as Record<string, () => grpc.ClientDuplexStream<Req, unknown>>).scanStream!.call(client);
    let sent = 0;
    let received = 0;
    const started = performance.now();
    const pump = () => {
      while (sent < count && sent - received < window) call.write(make(sent++));
      if (sent === count) call.end();
    };
    call.on('data', () => {
      received++;
      if (sent < count && sent - received < window / 2) pump();
    });
    call.on('error', reject);
    call.on('end', () => resolve((performance.now() - started) / 1000));
    pump();
  });
}
