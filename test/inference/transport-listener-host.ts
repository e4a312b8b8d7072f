// Serves the inference listener in a process of its own (argv[2]: the route timeout, ms), for the
// test that must outlive the server's event loop stalling. Prints the port.
import type net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { createListener } from '../../inference/listener.js';

const listener = createListener({ grpcServer: new grpc.Server(), http1Handler: (_req, res) => res.end('ok'), routeTimeoutMs: Number(process.argv[2]) });
listener.server.listen(0, '127.0.0.1', () => console.log((listener.server.address() as net.AddressInfo).port));
