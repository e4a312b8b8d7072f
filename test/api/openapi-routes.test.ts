/// <reference types="mocha" />
// Walks the Express router of a real app: every registered route must be in /openapi.json, and
// every documented path and method must exist as a route.
import assert from 'node:assert/strict';
import type { Express } from 'express';
import { createApp } from '../../api/app.js';
import { systemClock } from '../../api/clock.js';
import { parseConfig } from '../../api/config.js';
import { createLogger } from '../../api/logging/logger.js';
import { createOpenApiDocument } from '../../api/openapi/openapi-document.js';
import { createInferenceClient } from '../../api/scan/inference-client.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { http } from './helpers/http.js';
import { startTestApi } from './helpers/test-api.js';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** "METHOD /path" for every route, descending into routers (they are mounted without a prefix). */
function registeredRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const method of Object.keys(layer.route.methods)) out.push(`${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...new Set(out)].sort();
}

function documentedRoutes(): string[] {
  const doc = createOpenApiDocument({ version: 'test' });
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

describe('api OpenAPI document matches the router', () => {
  let database: TestDatabase;
  let app: Express;
  before(async () => {
    database = await createTestDatabase({ migrate: false });
    const inference = createInferenceClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 100, retries: 0 });
    app = createApp({ config: parseConfig({ NODE_ENV: 'test' }), db: database.handle.db, inference, clock: systemClock, logger: createLogger({ level: 'error', json: true }) });
  });
  after(async () => {
    await database.drop();
  });

  it('documents every registered route', () => {
    const documented = new Set(documentedRoutes());
    const missing = registeredRoutes(app).filter((r) => !documented.has(r));
    assert.deepEqual(missing, [], 'routes missing from openapi.json');
  });

  it('has a route for every documented operation', () => {
    const registered = new Set(registeredRoutes(app));
    const phantom = documentedRoutes().filter((r) => !registered.has(r));
    assert.deepEqual(phantom, [], 'documented but not served');
  });

  it('found the routes it should (the walk itself works)', () => {
    const routes = registeredRoutes(app);
    for (const r of ['POST /v1/scan/content', 'POST /v1/scan/output', 'POST /v1/auth/login', 'GET /v1/account/usage/stats', 'GET /health/ready']) {
      assert.ok(routes.includes(r), r);
    }
  });

  it('serves OpenAPI 3.1 at /openapi.json whose $refs all resolve', async () => {
    const api = await startTestApi({ database });
    try {
      const res = await http(api.url, '/openapi.json');
      assert.equal(res.status, 200);
      const doc = res.body as { openapi: string; components: Record<string, Record<string, unknown>> };
      assert.equal(doc.openapi, '3.1.0');
      const refs = [...res.text.matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
      assert.ok(refs.length > 10);
      for (const [, section, name] of refs) assert.ok(doc.components[section!]?.[name!], `${section}/${name}`);
    } finally {
      await api.close();
    }
  });
});
