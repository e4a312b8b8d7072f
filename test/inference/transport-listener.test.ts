// The listener times out a connection that says nothing before it is routed (to grpc-js or to the
// HTTP/1.1 server, whose own timeouts start only then), and leaves routed connections to them. Partial
// prefaces are sent to a listener in a child process: waiting for the rest once spun its event loop.
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http2 from 'node:http2';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { createListener, type Listener, type ListenerOptions } from '../../inference/listener.js';

const ROUTE_TIMEOUT_MS = 200;

async function listen(options: Partial<ListenerOptions> = {}): Promise<{ listener: Listener; port: number }> {
  const listener = createListener({ grpcServer: new grpc.Server(), http1Handler: (_req, res) => res.end('ok'), routeTimeoutMs: ROUTE_TIMEOUT_MS, ...options });
  await new Promise<void>((resolve) => listener.server.listen(0, '127.0.0.1', resolve));
  return { listener, port: (listener.server.address() as net.AddressInfo).port };
}

/** Connects, sends `bytes` (if any) and resolves with the ms until the server closed the socket, or 'open'. */
async function closedAfter(port: number, bytes: string, waitMs: number): Promise<number | 'open'> {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.resume();
  await new Promise((resolve) => socket.once('connect', resolve));
  const started = Date.now();
  if (bytes) socket.write(bytes);
  const outcome = await Promise.race([
    new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started))),
    new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), waitMs)),
  ]);
  socket.destroy();
  return outcome;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('transport: connections before routing', function () {
  this.timeout(20_000);

  describe('cleartext', () => {
    let listener: Listener;
    let port: number;
    before(async () => ({ listener, port } = await listen()));
    after(() => listener.close(0));

    it('closes a connection that sends nothing once the route timeout passes', async () => {
      const after = await closedAfter(port, '', 10 * ROUTE_TIMEOUT_MS);
      assert.ok(after !== 'open' && after >= ROUTE_TIMEOUT_MS - 20, `closed after ${after}`);
    });

    it('leaves a routed HTTP/1.1 keep-alive connection open past the route timeout', async () => {
      const socket = net.connect(port, '127.0.0.1');
      const responses: string[] = [];
      socket.on('data', (chunk: Buffer) => responses.push(chunk.toString('latin1')));
      const request = 'GET /x HTTP/1.1\r\nHost: localhost\r\n\r\n';
      socket.write(request);
      await sleep(3 * ROUTE_TIMEOUT_MS);
      assert.ok(!socket.destroyed && socket.readyState === 'open', 'the idle keep-alive connection was cut');
      socket.write(request);
      await sleep(100);
      socket.destroy();
      assert.equal(responses.join('').match(/HTTP\/1\.1 200/g)?.length, 2);
    });

    it('leaves a routed HTTP/2 connection to grpc-js open past the route timeout', async () => {
      const session = http2.connect(`http://127.0.0.1:${port}`);
      session.on('error', () => {});
      const call = () => new Promise<string | undefined>((resolve, reject) => {
        const stream = session.request({ ':method': 'POST', ':path': '/no.Such/Method', 'content-type': 'application/grpc', te: 'trailers' });
        stream.on('response', (headers) => resolve(headers['grpc-status'] as string | undefined));
        stream.on('error', reject);
        stream.end();
      });
      assert.equal(await call(), String(grpc.status.UNIMPLEMENTED));
      await sleep(3 * ROUTE_TIMEOUT_MS);
      assert.ok(!session.closed && !session.destroyed, 'the routed session was cut');
      assert.equal(await call(), String(grpc.status.UNIMPLEMENTED));
      session.close();
    });
  });

  it('TLS: closes a connection that never starts its handshake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stronghold-transport-'));
    const [certFile, keyFile] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const { listener, port } = await listen({ tls: { certFile, keyFile } });
    try {
      const after = await closedAfter(port, '', 10 * ROUTE_TIMEOUT_MS);
      assert.ok(after !== 'open' && after >= ROUTE_TIMEOUT_MS - 20, `closed after ${after}`);
    } finally {
      await listener.close(0);
    }
  });

  describe('in a process of its own', () => {
    let host: ChildProcess;
    let port: number;
    before(async () => {
      host = spawn(process.execPath, ['--import', 'tsx', new URL('./transport-listener-host.ts', import.meta.url).pathname, String(ROUTE_TIMEOUT_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
      port = await new Promise<number>((resolve, reject) => {
        host.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
        host.once('exit', (code) => reject(new Error(`the listener host exited with ${code}`)));
      });
    });
    after(() => void host?.kill('SIGKILL'));

    it('keeps serving while a connection waits for more of the preface', async () => {
      const partial = net.connect(port, '127.0.0.1', () => partial.write('PR'));
      partial.on('error', () => {});
      await sleep(50);
      // The wait for the preface's third byte must leave the event loop free for everyone else.
      const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(3000) });
      assert.equal(await res.text(), 'ok');
      partial.destroy();
    });

    it('closes a connection that sends part of the HTTP/2 preface ("P", "PR") and stops', async () => {
      for (const bytes of ['P', 'PR']) {
        const after = await closedAfter(port, bytes, 10 * ROUTE_TIMEOUT_MS);
        assert.ok(after !== 'open' && after >= ROUTE_TIMEOUT_MS - 20, `"${bytes}": closed after ${after}`);
      }
    });
  });
});
