// The built-in warm-up a worker runs before it reports ready: the same jobs on every start, batched as
// the dispatcher batches, and between them every detection path a real scan can take (checked on a
// real pipeline with every local layer, so a corpus that stopped reaching a layer fails here).
import assert from 'node:assert/strict';
import { createLayers } from '../../inference/layers/index.js';
import { createPipeline, type Pipeline } from '../../inference/pipeline.js';
import type { ScanJob, ScanResult } from '../../inference/scan-types.js';
import { DEFAULT_WARM_UP_SCANS, warmUp, warmUpBatches, warmUpJobs } from '../../inference/warm-up.js';
import { HeuristicLayer } from '../../inference/layers/heuristic/heuristic-layer.js';
import { documentViews } from '../../inference/text/document-views.js';

describe('worker warm-up', function () {
  this.timeout(60_000);
  let pipeline: Pipeline;
  let jobs: ScanJob[];
  let results: ScanResult[];

  before(async () => {
    pipeline = await createPipeline(createLayers('all'), { warn: 0.4, block: 0.7 });
    jobs = warmUpJobs(DEFAULT_WARM_UP_SCANS);
    results = await pipeline.scanBatch(jobs);
  });

  it('builds the same jobs on every call, of both modes and several content types', () => {
    assert.deepEqual(warmUpJobs(DEFAULT_WARM_UP_SCANS), jobs);
    assert.equal(jobs.length, DEFAULT_WARM_UP_SCANS);
    assert.deepEqual(new Set(jobs.map((j) => j.mode)), new Set(['content', 'output']));
    assert.deepEqual(new Set(jobs.map((j) => j.contentType)), new Set(['auto', 'text']));
    assert.ok(jobs.some((j) => j.text.startsWith('<!doctype html>')), 'an HTML page');
    assert.ok(jobs.filter((j) => j.mode === 'content' && !j.text.startsWith('<')).every((j) => j.text.length >= 700 && j.text.length <= 1400), 'texts of about 1 KB');
  });

  it('takes every decision and reaches every layer, the decoders and page extraction', () => {
    const decisions = new Set(results.map((r) => r.decision));
    assert.ok(decisions.has('ALLOW') && decisions.has('BLOCK'), `decisions: ${[...decisions].join(', ')}`);
    // Most scans a service sees are benign: most warm-up jobs must be too.
    assert.ok(results.filter((r) => r.decision === 'ALLOW').length > jobs.length / 2);
    const layers = new Set(results.flatMap((r) => r.findings.map((f) => f.layer)));
    for (const layer of ['heuristic', 'credential', 'ml_confidence', 'semantic']) assert.ok(layers.has(layer), `no finding from ${layer}`);
    assert.ok(results.some((r) => r.findings.some((f) => f.encoding === 'base64')), 'a base64 payload decoded');
    assert.ok(results.some((r) => r.findings.some((f) => f.category === 'github_token')), 'a credential found in output mode');
    // A page whose attack sits in its hidden div: the finding's span falls inside that div.
    const hiddenHits = jobs.flatMap((j, i) => {
      const div = j.text.indexOf('<div style="display:none">');
      if (div < 0) return [];
      const end = j.text.indexOf('</div>', div);
      return results[i]!.findings.filter((f) => f.start >= div && f.end <= end);
    });
    assert.ok(hiddenHits.length > 0, 'an attack hidden in a page found in its div');
    // Sanitising ran: some scan's sanitized copy differs from its text.
    assert.ok(results.some((r, i) => r.sanitizedText !== jobs[i]!.text));
  });

  it('compiles the layers first, then runs the jobs in the micro-batch sizes the dispatcher sends, in order', async () => {
    const batches = warmUpBatches(23);
    assert.deepEqual(batches.map((b) => b.length), [1, 1, 2, 4, 8, 1, 1, 2, 3]);
    assert.deepEqual(batches.flat(), warmUpJobs(23));
    const calls: string[] = [];
    const report = await warmUp({
      compile: () => void calls.push('compile'),
      scanBatch: async (batch) => {
        calls.push(`scan ${batch.length}`);
        return pipeline.scanBatch(batch);
      },
    }, 23);
    assert.equal(report.scans, 23);
    assert.ok(report.ms >= 0);
    assert.deepEqual(calls, ['compile', ...batches.map((b) => `scan ${b.length}`)]);
  });

  it('does nothing when turned off', async () => {
    const calls: string[] = [];
    const report = await warmUp({ compile: () => void calls.push('compile'), scanBatch: async () => void calls.push('scan') }, 0);
    assert.deepEqual(report, { scans: 0, ms: 0 });
    assert.deepEqual(calls, []);
  });

  it("compiles the rule layer's regular expressions without changing what it finds", async () => {
    const layer = new HeuristicLayer();
    await layer.load();
    const doc = (text: string) => ({ job: { text, mode: 'content' as const, contentType: 'auto' as const }, views: documentViews({ text, contentType: 'auto' }) });
    const before = jobs.slice(0, 30).map((j) => layer.scoreBatch([doc(j.text)])[0]!.score);
    layer.compile();
    assert.deepEqual(jobs.slice(0, 30).map((j) => layer.scoreBatch([doc(j.text)])[0]!.score), before);
    // The pipeline hands compile to every layer that has one.
    let compiled = 0;
    const counting = await createPipeline([{ name: 'heuristic', modes: ['content'], load: async () => {}, compile: () => void compiled++, scoreBatch: (docs) => docs.map(() => ({ score: 0, findings: [] })) }], { warn: 0.4, block: 0.7 });
    counting.compile();
    assert.equal(compiled, 1);
  });
});
