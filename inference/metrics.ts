// Prometheus metrics of the inference service, on its own registry so tests and the API process
// can hold several without clashing. Counters are incremented once per scan; gauges are read lazily.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DecisionName, ScanModeName } from './scan-types.js';

export interface QueueProbe {
  readonly queued: number;
  readonly inFlight: number;
}

export class InferenceMetrics {
  readonly registry = new Registry();
  readonly #scans: Counter<'mode' | 'decision'>;
  readonly #errors: Counter<'code'>;
  readonly #latency: Histogram<'mode'>;

  /**
   * `processMetrics`: also Node's own (CPU, memory, event-loop delay, GC pauses by kind), prefixed
   * stronghold_inference_. On for the service; off where several services share one test process.
   */
  constructor(queue: QueueProbe, { processMetrics = false }: { processMetrics?: boolean } = {}) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'stronghold_inference_' });
    this.#scans = new Counter({
      name: 'stronghold_inference_scans_total',
      help: 'Texts scanned, by mode and decision.',
      labelNames: ['mode', 'decision'],
      registers: [this.registry],
    });
    this.#errors = new Counter({
      name: 'stronghold_inference_errors_total',
      help: 'Failed scan requests, by gRPC code.',
      labelNames: ['code'],
      registers: [this.registry],
    });
    this.#latency = new Histogram({
      name: 'stronghold_inference_scan_seconds',
      help: 'Time from receipt to result of one text, seconds.',
      labelNames: ['mode'],
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [this.registry],
    });
    new Gauge({
      name: 'stronghold_inference_queued_jobs',
      help: 'Jobs waiting for a worker.',
      registers: [this.registry],
      collect() {
        this.set(queue.queued);
      },
    });
    new Gauge({
      name: 'stronghold_inference_batches_in_flight',
      help: 'Micro-batches running on workers.',
      registers: [this.registry],
      collect() {
        this.set(queue.inFlight);
      },
    });
  }

  scanned(mode: ScanModeName, decision: DecisionName, seconds: number): void {
    this.#scans.inc({ mode, decision });
    this.#latency.observe({ mode }, seconds);
  }

  failed(code: string): void {
    this.#errors.inc({ code });
  }
}
