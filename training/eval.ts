// `npm run eval -- FILE.jsonl…`: runs the detection layers on labelled JSONL and prints, per file and
// overall, counts, precision, recall, FPR, F1, ROC AUC, recall at 1% FPR, PINT-style score and latency.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Layer, ScanDocument } from '../inference/layers/layer.js';
import type { LayerScores } from '../inference/scan-types.js';
import { buildViews } from '../inference/text/deobfuscate.js';
import { combineScores } from '../inference/policy.js';
import { ClassifierLayer } from '../inference/layers/classifier/classifier-layer.js';
import { SemanticLayer } from '../inference/layers/semantic/semantic-layer.js';
import { loadManifest } from '../inference/models/model-manifest.js';
import { readJsonl, categoryOf, type Row } from './data/datasets.js';
import { buildSplit } from './pipeline.js';
import { DEFAULT_DATA_DIR, TRAINING_SEED } from './train.js';
import { metricsTable } from './report.js';
import { Rng } from './rng.js';
import type { Scored } from './metrics.js';

const BATCH = 32;
// Policy default BLOCK_THRESHOLD (inference/config.ts) for the combined score.
const COMBINED_BLOCK = 0.7;

async function optionalHeuristic(): Promise<Layer[]> {
  try {
    const mod = (await import('../inference/layers/heuristic/heuristic-layer.js')) as { HeuristicLayer: new () => Layer };
    return [new mod.HeuristicLayer()];
  } catch {
    return [];
  }
}

interface Prediction {
  row: Row;
  scores: LayerScores;
  combined: number;
}

async function scoreRows(rows: readonly Row[], layers: readonly Layer[], latencies: number[]): Promise<Prediction[]> {
  const out: Prediction[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const t0 = performance.now();
    const docs: ScanDocument[] = batch.map((r) => ({ job: { text: r.text, mode: 'content', contentType: 'auto' }, views: buildViews(r.text) }));
    const scores: LayerScores[] = batch.map(() => ({ heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0 }));
    for (const layer of layers) {
      const res = await layer.scoreBatch(docs);
      res.forEach((r, k) => {
        const s = scores[k];
        if (s) s[layer.name] = r.score;
      });
    }
    latencies.push((performance.now() - t0) / batch.length);
    batch.forEach((row, k) => {
      const s = scores[k] ?? { heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0 };
      out.push({ row, scores: s, combined: combineScores(s) });
    });
  }
  return out;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, split: { type: 'string' }, data: { type: 'string', default: DEFAULT_DATA_DIR } },
  });
  const sets: { name: string; rows: Row[] }[] = positionals.map((p) => ({
    name: basename(p),
    rows: readJsonl(resolve(p)).map((r) => ({ ...r, file: basename(p), group: r.source, category: categoryOf(basename(p), r.label) })),
  }));
  if (values.split === 'validation') {
    const { validation } = buildSplit(resolve(values.data), [], TRAINING_SEED, new Rng(TRAINING_SEED));
    const files = [...new Set(validation.map((r) => r.file))].sort();
    for (const f of files) sets.push({ name: `validation:${f}`, rows: validation.filter((r) => r.file === f) });
  }
  if (sets.length === 0) throw new Error('usage: eval FILE.jsonl… [--split validation] [--out predictions.jsonl]');

  const manifest = loadManifest();
  const layers: Layer[] = [...(await optionalHeuristic()), new ClassifierLayer(), new SemanticLayer()];
  for (const l of layers) await l.load();
  const latencies: number[] = [];
  const predictions: { set: string; p: Prediction }[] = [];
  for (const s of sets) for (const p of await scoreRows(s.rows, layers, latencies)) predictions.push({ set: s.name, p });

  const asScored = (pick: (p: Prediction) => number, groupBy: 'set' | 'file'): (Scored & { set: string })[] =>
    predictions.map(({ set, p }) => ({ set, score: pick(p), label: p.row.label, group: groupBy === 'set' ? set : p.row.file }));
  const combined = asScored((p) => p.combined, 'set');
  const groups = [...sets.map((s) => ({ name: s.name, items: combined.filter((c) => c.set === s.name) })), { name: 'OVERALL', items: combined }];
  console.log(`models ${manifest.version}; layers: ${layers.map((l) => l.name).join(', ')}`);
  console.log(`\ncombined score (policy), BLOCK at ${COMBINED_BLOCK}\n${metricsTable(groups, COMBINED_BLOCK)}`);
  const perLayer: [string, (p: Prediction) => number, number][] = [
    ['ml_confidence', (p) => p.scores.ml_confidence, manifest.thresholds.classifier.block],
    ['semantic', (p) => p.scores.semantic, manifest.thresholds.semantic.block],
  ];
  if (layers.some((l) => l.name === 'heuristic')) perLayer.unshift(['heuristic', (p) => p.scores.heuristic, COMBINED_BLOCK]);
  for (const [name, pick, th] of perLayer) {
    console.log(`\n${name} alone, threshold ${th.toFixed(3)}\n${metricsTable([{ name: 'OVERALL', items: asScored(pick, 'set') }], th)}`);
  }
  console.log(`\nlatency per document (all layers, batches of ${BATCH}): p50 ${quantile(latencies, 0.5).toFixed(2)} ms, p99 ${quantile(latencies, 0.99).toFixed(2)} ms`);
  if (values.out) {
    const lines = predictions.map(({ set, p }) =>
      JSON.stringify({ set, source: p.row.source, label: p.row.label, combined: p.combined, scores: p.scores }),
    );
    writeFileSync(values.out, lines.join('\n') + '\n');
  }
}

await main();
