// Inference service configuration, parsed once from the environment into a typed, validated object.
// Every bad value is reported by name; nothing else in the service reads process.env.
import { availableParallelism } from 'node:os';
import { DEFAULT_WARM_UP_SCANS } from './warm-up.js';

export interface PolicyThresholds {
  /** Combined score at or above which the decision is WARN. */
  warn: number;
  /** Combined score at or above which the decision is BLOCK. */
  block: number;
}

export interface InferenceConfig {
  host: string;
  port: number;
  /** Largest accepted text, in UTF-8 bytes. */
  maxTextBytes: number;
  /** Most texts in one ScanBatch. */
  maxBatchRequests: number;
  /**
   * Largest total of a ScanBatch's texts (each text with its turns), in UTF-8 bytes. Not
   * maxBatchRequests × maxTextBytes (128 MiB by default), which is more than one message should
   * hold; the transports' message limits are sized from this (server.ts).
   */
  maxBatchBytes: number;
  /** Worker threads in the pool. */
  workers: number;
  /** Most jobs handed to a worker in one micro-batch. */
  microBatchSize: number;
  /** How long the dispatcher may hold a partial micro-batch, ms (0 = one event-loop turn). */
  microBatchWaitMs: number;
  /** Jobs waiting for a worker beyond which new requests get RESOURCE_EXHAUSTED. */
  maxQueuedJobs: number;
  /**
   * A micro-batch's time budget on its worker, ms, plus as much again per MiB of text it holds: a batch past it has its
   * worker replaced and its texts answered DEADLINE_EXCEEDED (scan-pool.ts).
   */
  batchTimeoutMs: number;
  /** Built-in scans each worker runs before the service answers SERVING (warm-up.ts); 0 turns warm-up off. */
  warmUpScans: number;
  thresholds: PolicyThresholds;
  /**
   * 'all': every local layer, the learned ones included (the default). 'rules': heuristic and credential
   * layers only, 4–10 times the throughput (docs/BENCHMARKS.md) and without the learned layers'
   * recall (docs/MODEL_CARD.md).
   */
  layers: LayerSet;
  /** PEM files for TLS; both or neither. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
  logLevel: string;
}

export type LayerSet = 'all' | 'rules';
const LAYER_SETS: readonly LayerSet[] = ['all', 'rules'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Ten seconds a batch, and ten more per MiB: the slowest texts measured (1 MiB built to stress the rules, every layer)
 * took up to 1.5 s on the slowest host here (docs/BENCHMARKS.md), a full micro-batch of 1 KB texts takes some tens of
 * milliseconds, and a text is at most MAX_TEXT_BYTES (512 KiB by default).
 */
export const DEFAULT_BATCH_TIMEOUT_MS = 10_000;

/**
 * Workers by default: with the learned layers a scan costs several times what terminating HTTP/2 and
 * protobuf costs on the main thread, so every core runs a worker (measured on 2 cores against one
 * worker: +10–30% unary and +30% ScanBatch on one host; the same unary, ScanBatch +90% and ScanStream
 * +52% on a slower one, docs/BENCHMARKS.md). The rule layers alone are cheap enough that the main
 * thread needs a core of its own.
 */
export function defaultWorkerCount(layers: LayerSet = 'all'): number {
  const cores = availableParallelism();
  return layers === 'all' ? cores : Math.max(1, cores - 1);
}

export function loadInferenceConfig(env: Env = process.env, overrides: Partial<InferenceConfig> = {}): InferenceConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const ratio = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || value > 1) {
      problems.push(`${name} must be a number in (0, 1] (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const layerSet = (): LayerSet => {
    const raw = env.INFERENCE_LAYERS;
    if (raw === undefined || raw === '') return 'all';
    if ((LAYER_SETS as readonly string[]).includes(raw)) return raw as LayerSet;
    problems.push(`INFERENCE_LAYERS must be one of ${LAYER_SETS.join(', ')} (got "${raw}")`);
    return 'all';
  };

  const layers = layerSet();
  const config: InferenceConfig = {
    host: env.INFERENCE_HOST || '0.0.0.0',
    port: int('INFERENCE_PORT', 50051, 0, 65535),
    maxTextBytes: int('MAX_TEXT_BYTES', 512 * 1024, 1, 64 * 1024 * 1024),
    maxBatchRequests: int('MAX_BATCH_REQUESTS', 256, 1, 4096),
    maxBatchBytes: int('MAX_BATCH_BYTES', 64 * 1024 * 1024, 1, 256 * 1024 * 1024),
    workers: int('INFERENCE_WORKERS', defaultWorkerCount(layers), 1, 256),
    microBatchSize: int('MICRO_BATCH_SIZE', 32, 1, 1024),
    microBatchWaitMs: int('MICRO_BATCH_WAIT_MS', 0, 0, 100),
    maxQueuedJobs: int('MAX_QUEUED_JOBS', 4096, 1, 1_000_000),
    batchTimeoutMs: int('INFERENCE_BATCH_TIMEOUT_MS', DEFAULT_BATCH_TIMEOUT_MS, 10, 3_600_000),
    warmUpScans: int('INFERENCE_WARM_UP_SCANS', DEFAULT_WARM_UP_SCANS, 0, 100_000),
    thresholds: { warn: ratio('WARN_THRESHOLD', 0.4), block: ratio('BLOCK_THRESHOLD', 0.7) },
    layers,
    tlsCertFile: env.TLS_CERT_FILE || undefined,
    tlsKeyFile: env.TLS_KEY_FILE || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    ...overrides,
  };
  if (config.thresholds.warn > config.thresholds.block) {
    problems.push(`WARN_THRESHOLD (${config.thresholds.warn}) must not exceed BLOCK_THRESHOLD (${config.thresholds.block})`);
  }
  if (config.maxBatchBytes < config.maxTextBytes) {
    problems.push(`MAX_BATCH_BYTES (${config.maxBatchBytes}) must be at least MAX_TEXT_BYTES (${config.maxTextBytes}), so a batch can hold one text of the largest size`);
  }
  if (config.maxQueuedJobs < config.maxBatchRequests) {
    // A batch is queued whole or refused whole (Dispatcher.submitAll): a full one must fit.
    problems.push(`MAX_QUEUED_JOBS (${config.maxQueuedJobs}) must be at least MAX_BATCH_REQUESTS (${config.maxBatchRequests}), or a full batch could never be queued`);
  }
  if (Boolean(config.tlsCertFile) !== Boolean(config.tlsKeyFile)) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE must be set together');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
