// Starts the inference service: worker pool, dispatcher, ScanService and Health, served over gRPC,
// Connect and gRPC-Web on one port (h2c and HTTP/1.1 side by side, or TLS with ALPN).
import { setMaxListeners } from 'node:events';
import type http from 'node:http';
import type net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import type { ConnectRouter } from '@connectrpc/connect';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import { Health } from '../gen/grpc/health/v1/health_pb.js';
import { ScanService } from '../gen/stronghold/v1/scan_pb.js';
import { loadInferenceConfig, type InferenceConfig } from './config.js';
import { Dispatcher } from './dispatcher.js';
import { addConnectService } from './grpc-js-adapter.js';
import { createListener } from './listener.js';
import { createHealthService, HealthState, ServingStatus } from './health.js';
import { createLogger, type Logger } from './logger.js';
import { InferenceMetrics } from './metrics.js';
import { ScanPool } from './scan-pool.js';
import { createScanService } from './scan-service.js';
import type { WarmUpReport } from './warm-up.js';

export interface InferenceServerOptions {
  port?: number;
  host?: string;
  /** Settings over those read from the environment. */
  config?: Partial<InferenceConfig>;
  logger?: Logger;
  /** Worker module for the pool (tests use fixture workers). */
  workerFilename?: string;
  /** Node process metrics (CPU, memory, event-loop delay, GC pauses) on /metrics; main.ts turns them on. */
  processMetrics?: boolean;
}

export interface InferenceServer {
  readonly port: number;
  readonly url: string;
  readonly config: InferenceConfig;
  readonly health: HealthState;
  readonly metrics: InferenceMetrics;
  /** Each worker's warm-up before the service answered SERVING (INFERENCE_WARM_UP_SCANS). */
  readonly warmUps: readonly WarmUpReport[];
  close(): Promise<void>;
}

const SCAN_SERVICE = ScanService.typeName;
/** How long open calls may finish at shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 1500;
/** How long an HTTP/2 connection may stay without a call before it is closed. */
const GRPC_IDLE_MS = 5 * 60_000;
/**
 * Room in a message for each request's fields other than its texts: an id (256 characters, at most
 * 768 bytes), a source_url (at most 8 KiB, convert.ts), 64 turn roles and the field framing.
 */
const REQUEST_ENVELOPE_BYTES = 16 * 1024;

/**
 * The largest request message the service reads, on every protocol: a ScanBatch of maxBatchRequests
 * requests whose texts come to maxBatchBytes, so that any batch within the documented limits is read
 * and judged by validation (INVALID_ARGUMENT), never refused by the transport. Only a message beyond
 * every limit gets the transport's RESOURCE_EXHAUSTED.
 */
export function maxRequestMessageBytes(config: Pick<InferenceConfig, 'maxBatchBytes' | 'maxBatchRequests'>): number {
  return config.maxBatchBytes + config.maxBatchRequests * REQUEST_ENVELOPE_BYTES;
}

export async function startInferenceServer(options: InferenceServerOptions = {}): Promise<InferenceServer> {
  const config = loadInferenceConfig(process.env, {
    ...options.config,
    ...(options.port !== undefined && { port: options.port }),
    ...(options.host !== undefined && { host: options.host }),
  });
  const logger = options.logger ?? createLogger(config.logLevel);
  const health = new HealthState([SCAN_SERVICE]);
  const pool = new ScanPool({
    workers: config.workers,
    thresholds: config.thresholds,
    layers: config.layers,
    warmUpScans: config.warmUpScans,
    filename: options.workerFilename,
    batchTimeoutMs: config.batchTimeoutMs,
    // What ran out of time is logged by size only: a text may hold secrets.
    onTimeout: ({ texts, chars, budgetMs }) => logger.warn('a scan batch ran past its time budget; its worker was replaced', { texts, chars, budgetMs }),
    // A replacement worker that cannot load its layers: the service can no longer scan, and says so.
    onBroken: (error) => {
      health.setAll(ServingStatus.NOT_SERVING);
      logger.error('scan workers cannot be started; the service is not serving', { error });
    },
  });
  const dispatcher = new Dispatcher(pool, {
    batchSize: config.microBatchSize,
    batchWaitMs: config.microBatchWaitMs,
    maxQueued: config.maxQueuedJobs,
    maxInFlight: pool.capacity,
  });
  const metrics = new InferenceMetrics(dispatcher, { processMetrics: options.processMetrics });
  const shutdown = new AbortController();
  // Every Connect (HTTP/1.1) call's context listens for shutdown.
  setMaxListeners(0, shutdown.signal);

  const scanService = createScanService({ dispatcher, limits: config, logger, metrics });
  const healthService = createHealthService(health);
  const maxMessageBytes = maxRequestMessageBytes(config);

  // gRPC over HTTP/2 runs on grpc-js, the fastest stack measured (docs/ARCHITECTURE.md).
  const grpcServer = new grpc.Server({
    'grpc.max_receive_message_length': maxMessageBytes,
    // Responses are not capped (as on connect-node): one is built only for a request already
    // admitted, and refusing to send it wastes the scan and answers RESOURCE_EXHAUSTED, which
    // invites a retry that fails the same way. A response is not bounded by its request: with a
    // secret every ~21 bytes (a key dump) the sanitized copy and one threat per secret came to 4.25
    // times the text, so no multiple of the receive limit would be safe.
    'grpc.max_send_message_length': -1,
    // An h2 connection with no call open is closed (clients reconnect on their next call): without
    // this, one that stops after its preface, or never calls, would hold its socket for ever.
    'grpc.max_connection_idle_ms': GRPC_IDLE_MS,
  });
  addConnectService(grpcServer, ScanService, scanService, shutdown.signal);
  addConnectService(grpcServer, Health, healthService, shutdown.signal);

  // Connect, gRPC-Web and plain HTTP over HTTP/1.1 run on connect-node, from the same service objects.
  const http1Handler = connectNodeAdapter({
    routes: (router: ConnectRouter) => {
      router.service(ScanService, scanService);
      router.service(Health, healthService);
    },
    readMaxBytes: maxMessageBytes,
    shutdownSignal: shutdown.signal,
    fallback: (req, res) => void serveHttpExtras(req, res, { health, metrics }),
  });

  const listener = createListener({
    grpcServer,
    http1Handler: http1Handler as http.RequestListener,
    ...(config.tlsCertFile && config.tlsKeyFile && { tls: { certFile: config.tlsCertFile, keyFile: config.tlsKeyFile } }),
  });
  await new Promise<void>((resolve, reject) => {
    listener.server.once('error', reject);
    listener.server.listen(config.port, config.host, () => resolve());
  });
  const address = listener.server.address() as net.AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const scheme = config.tlsCertFile ? 'https' : 'http';

  // Load and warm every worker's layers before answering SERVING.
  let warmUps: WarmUpReport[];
  try {
    ({ modelVersion: health.modelVersion, warmUps } = await pool.warmUp());
  } catch (error) {
    await listener.close(0);
    await pool.close();
    throw error;
  }
  health.setAll(ServingStatus.SERVING);
  logger.info('inference service listening', {
    modelVersion: health.modelVersion, url: `${scheme}://${host}:${address.port}`, workers: config.workers, protocols: 'grpc (HTTP/2), connect and grpc-web (HTTP/1.1)',
    warmUp: warmUps.map((w) => `${w.scans} scans in ${w.ms} ms`).join(', '),
  });

  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    url: `${scheme}://${host}:${address.port}`,
    config,
    health,
    metrics,
    warmUps,
    close() {
      closing ??= (async () => {
        health.setAll(ServingStatus.NOT_SERVING);
        dispatcher.stop();
        shutdown.abort();
        await listener.close(SHUTDOWN_GRACE_MS);
        await pool.close();
        logger.info('inference service stopped');
      })();
      return closing;
    },
  };
}

type ServerRequest = Parameters<ReturnType<typeof connectNodeAdapter>>[0];
type ServerResponse = Parameters<ReturnType<typeof connectNodeAdapter>>[1];

/** Plain HTTP next to the RPC routes: Prometheus metrics and a JSON health detail. */
async function serveHttpExtras(
  req: ServerRequest,
  res: ServerResponse,
  { health, metrics }: { health: HealthState; metrics: InferenceMetrics },
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'GET' && path === '/metrics') {
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
    return;
  }
  if (req.method === 'GET' && (path === '/health' || path === '/healthz')) {
    const serving = health.get('') === ServingStatus.SERVING;
    res.writeHead(serving ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: serving ? 'SERVING' : 'NOT_SERVING', model_version: health.modelVersion }));
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'not found' }));
}
