// ScanPool with real worker threads running a fixture worker: batches, crash replacement, close.
import assert from 'node:assert/strict';
import { ScanPool } from '../../inference/scan-pool.js';
import { ScanError } from '../../inference/scan-error.js';

const fixture = new URL('../fixtures/rule-worker.ts', import.meta.url).href;
const thresholds = { warn: 0.4, block: 0.7 };

describe('ScanPool (real threads, fixture worker)', () => {
  let pool: ScanPool;
  beforeEach(() => (pool = new ScanPool({ workers: 2, thresholds, filename: fixture })));
  afterEach(() => pool.close());

  it('runs a batch on a worker thread and returns one result per job', async () => {
    const results = await pool.run([
      { text: 'hello', mode: 'content', contentType: 'text' },
      { text: 'BLOCKME', mode: 'content', contentType: 'text' },
    ]);
    assert.deepEqual(results.map((r) => r.decision), ['ALLOW', 'BLOCK']);
  });

  it('replaces a worker that dies mid-batch and keeps answering', async () => {
    await assert.rejects(pool.run([{ text: 'CRASH', mode: 'content', contentType: 'text' }]),
      (e: unknown) => e instanceof ScanError && e.code === 'internal');
    for (let i = 0; i < 4; i++) {
      const [result] = await pool.run([{ text: `after crash ${i}`, mode: 'content', contentType: 'text' }]);
      assert.equal(result?.decision, 'ALLOW');
    }
  });

  it('does not retry a batch that threw (it would throw again): internal, scanned once', async () => {
    const single = new ScanPool({ workers: 1, thresholds, filename: fixture });
    try {
      await assert.rejects(single.run([{ text: 'THROW', mode: 'content', contentType: 'text' }]),
        (e: unknown) => e instanceof ScanError && e.code === 'internal');
      const [seen] = await single.run([{ text: 'SEEN?', mode: 'content', contentType: 'text' }]);
      assert.deepEqual(JSON.parse(seen!.sanitizedText), ['THROW', 'SEEN?']);
    } finally {
      await single.close();
    }
  });

  it('refuses work after close with unavailable', async () => {
    await pool.close();
    await assert.rejects(pool.run([{ text: 'x', mode: 'content', contentType: 'text' }]),
      (e: unknown) => e instanceof ScanError && e.code === 'unavailable');
  });
});
