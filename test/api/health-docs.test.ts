/// <reference types="mocha" />
// Operations endpoints on a real server: health (live, ready with reasons, details), metrics,
// pricing, and the Swagger UI served from the installed package under the strict CSP.
import assert from 'node:assert/strict';
import { openDatabase } from '../../db/index.js';
import { field, http } from './helpers/http.js';
import { startRealInference, type RunningInference } from './helpers/inference-server.js';
import { startTestApi, type TestApi } from './helpers/test-api.js';

describe('api health, metrics, pricing and docs', () => {
  let inference: RunningInference;
  let api: TestApi;
  before(async () => {
    inference = await startRealInference();
    api = await startTestApi({ inferenceUrl: inference.url, env: { PRICE_SCAN_OUTPUT_MICRO_USDC: '2500' } });
  });
  after(async () => {
    await api.close();
    await inference.close();
  });

  it('GET /health reports version, database and inference', async () => {
    const res = await http(api.url, '/health');
    assert.equal(res.status, 200);
    assert.equal(field(res, 'status'), 'ok');
    assert.equal(field(res, 'version'), api.config.version);
    assert.equal(field<Record<string, unknown>>(res, 'database').status, 'ok');
    assert.equal(field<Record<string, unknown>>(res, 'inference').status, 'serving');
  });

  it('GET /health/live and /health/ready answer 200 when all is well', async () => {
    assert.equal((await http(api.url, '/health/live')).status, 200);
    const ready = await http(api.url, '/health/ready');
    assert.equal(ready.status, 200);
    assert.equal(field(ready, 'status'), 'ready');
  });

  it('a burst of health requests shares one probe (health paths are not rate limited)', async () => {
    let probes = 0;
    const counted = await startTestApi({
      inferenceUrl: inference.url, database: api.database,
      wrapInference: (real) => ({
        scan: (request) => real.scan(request),
        health: (timeoutMs) => {
          probes++;
          return real.health(timeoutMs);
        },
        get circuitState() {
          return real.circuitState;
        },
        close: () => real.close(),
      }),
    });
    try {
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => http(counted.url, i % 2 === 0 ? '/health' : '/health/ready')));
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
      // One probe a second at most: a burst slower than a second may take a second one, never 50.
      assert.ok(probes >= 1 && probes <= 3, `${probes} probes for 50 requests`);
    } finally {
      await counted.close();
    }
  });

  it('GET /health/ready is 503 with the reason when the database is gone', async () => {
    // A PostgreSQL nobody listens on: every query fails to connect.
    const handle = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:9/none' });
    const other = await startTestApi({ inferenceUrl: inference.url, database: { handle, drop: () => handle.close() } });
    try {
      const res = await http(other.url, '/health/ready');
      assert.equal(res.status, 503);
      assert.deepEqual(field(res, 'reasons'), ['database unavailable']);
      assert.equal(typeof field(res, 'request_id'), 'string');
      assert.equal((await http(other.url, '/health/live')).status, 200, 'the process itself is alive');
    } finally {
      await other.close();
      await handle.close();
    }
  });

  it('GET /metrics speaks Prometheus with request counts and latency by route and status', async () => {
    await http(api.url, '/v1/pricing');
    const res = await http(api.url, '/metrics');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    assert.match(res.text, /stronghold_api_http_requests_total\{method="GET",route="\/v1\/pricing",status="200"\} \d+/);
    assert.match(res.text, /stronghold_api_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/v1\/pricing",status="200"\}/);
    assert.doesNotMatch(res.text, /route="\/v1\/pricing\?/, 'labels use the route pattern, not the URL');
  });

  it('GET /v1/pricing lists every paid scan route with string micro-USDC and USD', async () => {
    const res = await http(api.url, '/v1/pricing');
    const routes = field<Record<string, unknown>[]>(res, 'routes');
    assert.deepEqual(
      routes.map((r) => [r.path, r.price_micro_usdc, r.price_usd]),
      [
        ['/v1/scan/content', '1000', '0.001'],
        ['/v1/scan/output', '2500', '0.0025'],
        ['/v1/scan/multiturn', '1000', '0.001'],
      ],
    );
  });

  it('GET /docs serves Swagger UI from the package with no inline script and no CDN', async () => {
    const page = await http(api.url, '/docs');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 2);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs!, /src="\/docs\//, 'every script is a same-origin file');
      assert.equal(body!.trim(), '', 'no inline script');
    }
    assert.doesNotMatch(page.text, /https?:\/\//, 'nothing loaded from elsewhere');
    for (const asset of ['/docs/swagger-ui-bundle.js', '/docs/swagger-ui.css', '/docs/stronghold-init.js']) {
      const res = await http(api.url, asset);
      assert.equal(res.status, 200, asset);
      assert.ok(res.text.length > 50, asset);
    }
    assert.match((await http(api.url, '/docs/stronghold-init.js')).text, /\/openapi\.json/);
    assert.equal((await http(api.url, '/docs/swagger-initializer.js')).status, 404, 'the petstore demo initializer is not served');
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  });
});
