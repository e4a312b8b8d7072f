/// <reference types="mocha" />
// The API process as `npm run start:api` builds it: configuration, embedded database migrated at
// start-up, listening on a port, loud warnings for local-only settings, and an orderly close().
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { parseConfig } from '../../api/config.js';
import { createLogger } from '../../api/logging/logger.js';
import { startApiServer, type RunningApi } from '../../api/server.js';
import { Migrator } from '../../db/index.js';
import { field, http } from './helpers/http.js';
import { CLOSED_INFERENCE_URL } from './helpers/test-api.js';

describe('api server start-up', () => {
  let api: RunningApi;
  let secret = '';
  const logs: string[] = [];
  before(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    // Always the embedded database here: the server owns its connection settings, and the
    // in-memory directory keeps runs independent.
    const config = parseConfig({ NODE_ENV: 'development', PORT: '0', DATA_DIR: 'memory://', INFERENCE_URL: CLOSED_INFERENCE_URL });
    secret = config.jwt.secret;
    api = await startApiServer(config, createLogger({ level: 'info', json: true, stream }));
  });
  after(async () => {
    await api?.close();
  });

  it('migrated the database before listening', async () => {
    const status = await new Migrator(api.database).status();
    assert.ok(status.length >= 1);
    assert.ok(status.every((m) => m.applied_at instanceof Date));
    assert.equal(api.database.kind, 'pglite');
  });

  it('listens on the chosen port and reports what is not ready', async () => {
    assert.ok(api.port > 0);
    const ready = await http(api.url, '/health/ready');
    assert.equal(ready.status, 503);
    assert.deepEqual(field(ready, 'reasons'), ['inference unavailable']);
  });

  it('said loudly that the JWT secret is random and that scans are free, without printing the secret', () => {
    const messages = logs.map((l) => JSON.parse(l) as { level: string; message: string });
    assert.ok(messages.some((m) => m.level === 'warn' && /JWT_SECRET is not set/.test(m.message)));
    assert.ok(messages.some((m) => m.level === 'warn' && /every scan is FREE/.test(m.message)));
    assert.ok(messages.some((m) => m.message === 'api listening'));
    assert.ok(secret.length >= 32 && !logs.join('\n').includes(secret));
  });
});
