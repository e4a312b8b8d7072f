// ScanPool with real worker threads running a fixture worker: batches, crash replacement, time budgets, close.
import assert from 'node:assert/strict';
import { ScanPool } from '../../inference/scan-pool.js';
import { ScanError } from '../../inference/scan-error.js';
import type { ScanResult } from '../../inference/scan-types.js';

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
    assert.deepEqual(results.map((r) => (r as ScanResult).decision), ['ALLOW', 'BLOCK']);
  });

  it('replaces a worker that dies mid-batch and keeps answering', async () => {
    await assert.rejects(pool.run([{ text: 'CRASH', mode: 'content', contentType: 'text' }]),
      (e: unknown) => e instanceof ScanError && e.code === 'internal');
    for (let i = 0; i < 4; i++) {
      const [result] = await pool.run([{ text: `after crash ${i}`, mode: 'content', contentType: 'text' }]);
      assert.equal((result as ScanResult).decision, 'ALLOW');
    }
  });

  it('does not retry a batch that threw (it would throw again): internal, scanned once', async () => {
    const single = new ScanPool({ workers: 1, thresholds, filename: fixture });
    try {
      await assert.rejects(single.run([{ text: 'THROW', mode: 'content', contentType: 'text' }]),
        (e: unknown) => e instanceof ScanError && e.code === 'internal');
      const [seen] = await single.run([{ text: 'SEEN?', mode: 'content', contentType: 'text' }]);
      assert.deepEqual(JSON.parse((seen as ScanResult).sanitizedText), ['THROW', 'SEEN?']);
    } finally {
      await single.close();
    }
  });

  it('refuses work after close with unavailable', async () => {
    await pool.close();
    await assert.rejects(pool.run([{ text: 'x', mode: 'content', contentType: 'text' }]),
      (e: unknown) => e instanceof ScanError && e.code === 'unavailable');
  });

  describe('time budget', () => {
    const job = (text: string) => ({ text, mode: 'content' as const, contentType: 'text' as const });
    const timeouts: { texts: number; chars: number; budgetMs: number }[] = [];
    let timed: ScanPool;
    beforeEach(() => {
      timeouts.length = 0;
      timed = new ScanPool({ workers: 1, thresholds, filename: fixture, batchTimeoutMs: 300, onTimeout: (info) => timeouts.push(info) });
    });
    afterEach(() => timed.close());

    it('fails only the text that hangs its worker (deadline_exceeded) and answers the texts it shared a batch with', async () => {
      const results = await timed.run([job('hello'), job('HANG'), job('BLOCKME')]);
      assert.equal((results[0] as ScanResult).decision, 'ALLOW');
      assert.ok(results[1] instanceof ScanError && results[1].code === 'deadline_exceeded', String(results[1]));
      assert.match((results[1] as ScanError).message, /time budget \(300 ms\); the text was not scanned/);
      assert.equal((results[2] as ScanResult).decision, 'BLOCK');
      // The batch, then the hanging text alone; reported by size, never by content.
      assert.deepEqual(timeouts, [{ texts: 3, chars: 16, budgetMs: 300 }, { texts: 1, chars: 4, budgetMs: 300 }]);
      // The hung thread was replaced: the pool still scans, and the replacement has seen only what came after.
      const [seen] = await timed.run([job('SEEN?')]);
      assert.deepEqual(JSON.parse((seen as ScanResult).sanitizedText), ['BLOCKME', 'SEEN?']);
    });

    it('gives a batch as much again per MiB of text it holds', async () => {
      // 1.5 MiB: a 750 ms budget, so a 500 ms batch finishes; alone, the same sleep runs out of time.
      const big = `SLEEP:500 ${'x'.repeat(1.5 * 1024 * 1024 - 10)}`;
      const [result] = await timed.run([job(big)]);
      assert.equal((result as ScanResult).decision, 'ALLOW');
      const [late] = await timed.run([job('SLEEP:500')]);
      assert.ok(late instanceof ScanError && late.code === 'deadline_exceeded');
    });

    it('leaves a pool without a budget waiting for the slow batch', async () => {
      const [result] = await pool.run([job('SLEEP:500')]);
      assert.equal((result as ScanResult).decision, 'ALLOW');
    });
  });
});
