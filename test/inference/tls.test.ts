// TLS from cert files: gRPC over h2 (ALPN) and Connect over HTTP/1.1 on the same TLS port, using a
// self-signed certificate made for the test with openssl.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { create } from '@bufbuild/protobuf';
import { createClient } from '@connectrpc/connect';
import { createConnectTransport } from '@connectrpc/connect-node';
import { Decision, ScanRequestSchema, ScanService } from '../../gen/stronghold/v1/scan_pb.js';
import { grpcJsClient } from '../../inference/grpc-js-definition.js';
import { createLogger } from '../../inference/logger.js';
import { startInferenceServer, type InferenceServer } from '../../inference/server.js';

describe('inference service over TLS', function () {
  this.timeout(60_000);
  let server: InferenceServer;
  let cert: Buffer;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stronghold-tls-'));
    const [certFile, keyFile] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
    { stdio: 'ignore' });
    cert = readFileSync(certFile);
    server = await startInferenceServer({
      port: 0, host: '127.0.0.1', logger: createLogger('error'),
      workerFilename: new URL('../fixtures/rule-worker.ts', import.meta.url).href,
      config: { workers: 1, tlsCertFile: certFile, tlsKeyFile: keyFile },
    });
  });
  after(() => server?.close());

  it('serves gRPC to a grpc-js client trusting the certificate', async () => {
    assert.match(server.url, /^https:/);
    const Client = grpcJsClient(ScanService);
    const client = new Client(`localhost:${server.port}`, grpc.credentials.createSsl(cert));
    const response = await new Promise<{ decision: Decision }>((resolve, reject) => {
      (client as unknown as Record<string, (r: unknown, cb: (e: Error | null, v?: { decision: Decision }) => void) => void>)
        .scan!.call(client, create(ScanRequestSchema, { text: 'BLOCKME' }), (e, v) => (e ? reject(e) : resolve(v!)));
    });
    client.close();
    assert.equal(response.decision, Decision.BLOCK);
  });

  it('serves Connect over HTTP/1.1 on the same port', async () => {
    const client = createClient(ScanService, createConnectTransport({
      baseUrl: `https://localhost:${server.port}`, httpVersion: '1.1', nodeOptions: { ca: cert },
    }));
    assert.equal((await client.scan({ text: 'fine' })).decision, Decision.ALLOW);
  });
});
