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
}

export interface Listener {
  readonly server: net.Server;
  /** Stops accepting, lets open calls finish for up to graceMs, then cuts what is left. */
  close(graceMs: number): Promise<void>;
}

export function createListener({ grpcServer, http1Handler, tls: tlsFiles }: ListenerOptions): Listener {
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
      { cert: readFileSync(tlsFiles.certFile), key: readFileSync(tlsFiles.keyFile), ALPNProtocols: ['h2', 'http/1.1'] },
      (socket) => {
        track(socket);
        if (socket.alpnProtocol === 'h2') injector.injectConnection(socket);
        else h1.emit('connection', socket);
      },
    );
  } else {
    server = net.createServer({ noDelay: true }, (socket) => {
      track(socket);
      const route = () => {
        const head: Buffer | null = socket.read();
        if (head === null) return void socket.once('readable', route);
        socket.unshift(head);
        const start = head.toString('latin1', 0, 3);
        if (head.length < 3 && 'PRI'.startsWith(start)) return void socket.once('readable', route);
        if (start === 'PRI') injector.injectConnection(socket);
        else h1.emit('connection', socket);
      };
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
