// Starts the inference service: worker pool, dispatcher, ScanService and Health, served over gRPC,
// Connect and gRPC-Web on one port (h2c and HTTP/1.1 side by side, or TLS with ALPN).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import type { ConnectRouter } from '@connectrpc/connect';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import { Health } from '../gen/grpc/health/v1/health_pb.js';
import { ScanService } from '../gen/stronghold/v1/scan_pb.js';
import { loadInferenceConfig, type InferenceConfig } from './config.js';
import { Dispatcher } from './dispatcher.js';
import { createHealthService, HealthState, ServingStatus } from './health.js';
import { createLogger, type Logger } from './logger.js';
import { InferenceMetrics } from './metrics.js';
import { ScanPool } from './scan-pool.js';
import { createScanService } from './scan-service.js';

export interface InferenceServerOptions {
  port?: number;
  host?: string;
  /** Settings over those read from the environment. */
  config?: Partial<InferenceConfig>;
  logger?: Logger;
  /** Worker module for the pool (tests use fixture workers). */
  workerFilename?: string;
}

export interface InferenceServer {
  readonly port: number;
  readonly url: string;
  readonly config: InferenceConfig;
  readonly health: HealthState;
  readonly metrics: InferenceMetrics;
  close(): Promise<void>;
}

const SCAN_SERVICE = ScanService.typeName;

export async function startInferenceServer(options: InferenceServerOptions = {}): Promise<InferenceServer> {
  const config = loadInferenceConfig(process.env, {
    ...options.config,
    ...(options.port !== undefined && { port: options.port }),
    ...(options.host !== undefined && { host: options.host }),
  });
  const logger = options.logger ?? createLogger(config.logLevel);
  const pool = new ScanPool({ workers: config.workers, thresholds: config.thresholds, filename: options.workerFilename });
  const dispatcher = new Dispatcher(pool, {
    batchSize: config.microBatchSize,
    batchWaitMs: config.microBatchWaitMs,
    maxQueued: config.maxQueuedJobs,
    maxInFlight: config.workers,
  });
  const health = new HealthState([SCAN_SERVICE]);
  const metrics = new InferenceMetrics(dispatcher);
  const shutdown = new AbortController();

  const routes = (router: ConnectRouter) => {
    router.service(ScanService, createScanService({ dispatcher, limits: config, logger, metrics }));
    router.service(Health, createHealthService(health));
  };
  const handler = connectNodeAdapter({
    routes,
    // Room for a full ScanBatch; single texts over the limit still get INVALID_ARGUMENT from validation.
    readMaxBytes: Math.max(64 * 1024 * 1024, config.maxTextBytes * 4),
    shutdownSignal: shutdown.signal,
    fallback: (req, res) => void serveHttpExtras(req, res, { health, metrics }),
  });

  const listener = config.tlsCertFile && config.tlsKeyFile
    ? createTlsListener(handler, config.tlsCertFile, config.tlsKeyFile)
    : createPlaintextListener(handler);
  await new Promise<void>((resolve, reject) => {
    listener.server.once('error', reject);
    listener.server.listen(config.port, config.host, () => resolve());
  });
  const address = listener.server.address() as net.AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const scheme = config.tlsCertFile ? 'https' : 'http';

  // Load every worker's layers before answering SERVING.
  try {
    health.modelVersion = await pool.warmUp();
  } catch (error) {
    await listener.close();
    await pool.close();
    throw error;
  }
  health.setAll(ServingStatus.SERVING);
  logger.info('inference service listening', {
    modelVersion: health.modelVersion, url: `${scheme}://${host}:${address.port}`, workers: config.workers, protocols: 'grpc, connect, grpc-web',
  });

  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    url: `${scheme}://${host}:${address.port}`,
    config,
    health,
    metrics,
    close() {
      closing ??= (async () => {
        health.setAll(ServingStatus.NOT_SERVING);
        dispatcher.stop();
        shutdown.abort();
        await listener.close();
        await pool.close();
        logger.info('inference service stopped');
      })();
      return closing;
    },
  };
}

type Handler = ReturnType<typeof connectNodeAdapter>;
type ServerRequest = Parameters<Handler>[0];
type ServerResponse = Parameters<Handler>[1];

interface Listener {
  server: net.Server;
  close(): Promise<void>;
}

/** How long open connections may finish their calls at shutdown before they are cut. */
const SHUTDOWN_GRACE_MS = 1500;

/**
 * Cleartext: h2c for gRPC and HTTP/1.1 for Connect/gRPC-Web clients that cannot speak h2c, on one
 * port. The first bytes decide: an HTTP/2 connection starts with the "PRI * HTTP/2.0" preface.
 */
function createPlaintextListener(handler: Handler): Listener {
  const h1 = http.createServer(handler);
  h1.keepAliveTimeout = 65_000;
  const h2 = http2.createServer({}, handler);
  const tcp = net.createServer({ noDelay: true }, (socket) => {
    socket.on('error', () => socket.destroy());
    const route = () => {
      const head: Buffer | null = socket.read();
      if (head === null) return void socket.once('readable', route);
      socket.unshift(head);
      if (head.length < 3 && 'PRI'.startsWith(head.toString('latin1'))) return void socket.once('readable', route);
      (head.toString('latin1', 0, 3) === 'PRI' ? h2 : h1).emit('connection', socket);
    };
    socket.once('readable', route);
  });
  return trackConnections(tcp, [h2], () => h1.closeIdleConnections());
}

function createTlsListener(handler: Handler, certFile: string, keyFile: string): Listener {
  const server = http2.createSecureServer(
    { cert: readFileSync(certFile), key: readFileSync(keyFile), allowHTTP1: true },
    handler,
  );
  return trackConnections(server, [server], () => undefined);
}

/** Graceful close: stop accepting, send GOAWAY to HTTP/2 sessions, cut whatever is left after the grace. */
function trackConnections(
  server: net.Server,
  h2Servers: readonly (http2.Http2Server | http2.Http2SecureServer)[],
  closeIdleHttp1: () => void,
): Listener {
  const sockets = new Set<net.Socket>();
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  for (const h2 of h2Servers) {
    h2.on('session', (session: http2.ServerHttp2Session) => {
      sessions.add(session);
      session.once('close', () => sessions.delete(session));
    });
  }
  return {
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const session of sessions) session.close();
      const timer = setTimeout(() => sockets.forEach((s) => s.destroy()), SHUTDOWN_GRACE_MS);
      closeIdleHttp1();
      await closed;
      clearTimeout(timer);
    },
  };
}

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
