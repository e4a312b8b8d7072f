// One port, two HTTP stacks: HTTP/2 connections (gRPC) go to @grpc/grpc-js, HTTP/1.1 connections
// (Connect, gRPC-Web, JSON, /metrics, /health) go to connect-node. Cleartext connections are told
// apart by the HTTP/2 preface ("PRI * HTTP/2.0"); TLS connections by ALPN.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import * as grpc from '@grpc/grpc-js';

export interface ListenerOptions {
  grpcServer: grpc.Server;
  http1Handler: http.RequestListener;
  tls?: { certFile: string; keyFile: string };
  /**
   * How long a new connection may stay silent before it is routed, ms. Until then neither grpc-js's
   * nor the HTTP/1.1 server's timeouts apply, so a client that connects and sends nothing would hold
   * its socket for ever. With TLS this is the handshake timeout: ALPN routes at the handshake's end.
   */
  routeTimeoutMs?: number;
}

const ROUTE_TIMEOUT_MS = 10_000;

export interface Listener {
  readonly server: net.Server;
  /** Stops accepting, lets open calls finish for up to graceMs, then cuts what is left. */
  close(graceMs: number): Promise<void>;
}

export function createListener({ grpcServer, http1Handler, tls: tlsFiles, routeTimeoutMs = ROUTE_TIMEOUT_MS }: ListenerOptions): Listener {
  const h1 = http.createServer(http1Handler);
  h1.keepAliveTimeout = 65_000;
  // TLS (if any) is terminated here, so grpc-js sees a plain duplex stream either way.
  const injector = grpcServer.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  const sockets = new Set<net.Socket>();

  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  let server: net.Server;
  if (tlsFiles) {
    server = tls.createServer(
      {
        cert: readFileSync(tlsFiles.certFile), key: readFileSync(tlsFiles.keyFile), ALPNProtocols: ['h2', 'http/1.1'],
        handshakeTimeout: routeTimeoutMs,
      },
      (socket) => {
        track(socket);
        if (socket.alpnProtocol === 'h2') injector.injectConnection(socket);
        else h1.emit('connection', socket);
      },
    );
    // Node reports a handshake that timed out (or failed) here and leaves the socket open.
    server.on('tlsClientError', (_error, socket) => socket.destroy());
  } else {
    server = net.createServer({ noDelay: true }, (socket) => {
      track(socket);
      const silent = () => socket.destroy();
      let head: Buffer | undefined;
      const route = () => {
        const chunk: Buffer | null = socket.read();
        if (chunk === null) return void socket.once('readable', route);
        head = head === undefined ? chunk : Buffer.concat([head, chunk]);
        const start = head.toString('latin1', 0, 3);
        // Too short to tell: the bytes are kept here, not unshifted, since unshifting them re-emits
        // 'readable' at once and the wait would spin on the event loop for ever.
        if (head.length < 3 && 'PRI'.startsWith(start)) return void socket.once('readable', route);
        socket.unshift(head);
        // Routed: from here on the stack that owns the connection times it out.
        socket.setTimeout(0);
        socket.removeListener('timeout', silent);
        if (start === 'PRI') injector.injectConnection(socket);
        else h1.emit('connection', socket);
      };
      socket.setTimeout(routeTimeoutMs, silent);
      socket.once('readable', route);
    });
  }

  return {
    server,
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      injector.drain(graceMs);
      h1.closeIdleConnections();
      const timer = setTimeout(() => {
        injector.destroy();
        for (const socket of sockets) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(timer);
      injector.destroy();
      grpcServer.forceShutdown();
    },
  };
}
