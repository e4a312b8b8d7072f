// `npm run eval -- FILE.jsonl… [--split validation] [--hidden-pages N] [--hidden-emails N] [--trigger-sentences] [--peers] [--out FILE]`: runs the full pipeline (every
// registered layer, through createPipeline and the policy) on labelled JSONL and prints, per file and
// overall, counts, precision, recall, FPR, F1, ROC AUC, recall at 1% FPR, PINT-style score and latency.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLayers } from '../inference/layers/index.js';
import { createPipeline } from '../inference/pipeline.js';
import { ClassifierLayer } from '../inference/layers/classifier/classifier-layer.js';
import { SemanticLayer } from '../inference/layers/semantic/semantic-layer.js';
import type { ScanResult } from '../inference/scan-types.js';
import { loadManifest } from '../inference/models/model-manifest.js';
import { readJsonl, categoryOf, type Row } from './data/datasets.js';
import { TRIGGER_SENTENCES } from './data/trigger-sentences.js';
import { buildSplit } from './pipeline.js';
import { HIDDEN_IN_EMAIL_FILE, HIDDEN_IN_PAGE_FILE, injectIntoEmails, injectIntoPages } from './data/page-injections.js';
import { DEFAULT_DATA_DIR, TRAINING_SEED } from './train.js';
import { metricsTable } from './report.js';
import { loadPeers } from './peers.js';
import { Rng } from './rng.js';
import type { Scored } from './metrics.js';

const BATCH = 16;
// Policy defaults (inference/config.ts): the learned layers' scores are calibrated onto these.
const WARN = 0.4;
const BLOCK = 0.7;

interface Item {
  set: string;
  row: Row;
  result: ScanResult;
  ms: number;
}

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

function table(items: readonly { set: string; label: 0 | 1; score: number }[], threshold: number): string {
  const scored = items.map((i): Scored & { set: string } => ({ set: i.set, score: i.score, label: i.label, group: i.set }));
  const sets = [...new Set(scored.map((s) => s.set))];
  return metricsTable([...sets.map((name) => ({ name, items: scored.filter((s) => s.set === name) })), { name: 'OVERALL', items: scored }], threshold);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      split: { type: 'string' },
      peers: { type: 'boolean', default: false },
      'hidden-pages': { type: 'string', default: '0' },
      'hidden-emails': { type: 'string', default: '0' },
      models: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'trigger-sentences': { type: 'boolean', default: false },
    },
  });
  const sets: { name: string; rows: Row[] }[] = positionals.map((p) => ({
    name: basename(p),
    rows: readJsonl(resolve(p)).map((r) => ({ ...r, file: basename(p), group: r.source, category: categoryOf(basename(p), r.label) })),
  }));
  // The hand-written benign sentences full of trigger words the heuristic tests hold below WARN.
  if (values['trigger-sentences']) {
    sets.push({ name: 'trigger_benign', rows: TRIGGER_SENTENCES.map((text, i) => ({ text, label: 0, file: 'trigger_benign', group: `trigger-${i}`, source: `trigger-${i}`, category: 'benign' })) });
  }
  const hidden = Number(values['hidden-pages']);
  const hiddenEmails = Number(values['hidden-emails']);
  for (const [flag, n] of [['--hidden-pages', hidden], ['--hidden-emails', hiddenEmails]] as const) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a count (got ${String(n)})`);
  }
  if (values.split === 'validation' || hidden > 0 || hiddenEmails > 0 || (values.peers && sets.length === 0)) {
    const { train, validation } = buildSplit(resolve(values.data), [], TRAINING_SEED, new Rng(TRAINING_SEED));
    if (values.split === 'validation' || values.peers) {
      for (const f of [...new Set(validation.map((r) => r.file))].sort()) sets.push({ name: `validation:${f}`, rows: validation.filter((r) => r.file === f) });
    }
    // Training-side attack strings hidden in whole validation-side pages (seeded, so every run is alike).
    if (hidden > 0) sets.push({ name: HIDDEN_IN_PAGE_FILE, rows: injectIntoPages(validation, train, hidden, new Rng(TRAINING_SEED + 99)) });
    // The same for whole validation-side e-mails, half of them HTML mails with the payload hidden in markup.
    if (hiddenEmails > 0) sets.push({ name: HIDDEN_IN_EMAIL_FILE, rows: injectIntoEmails(validation, train, hiddenEmails, new Rng(TRAINING_SEED + 98)) });
  }
  if (sets.length === 0) throw new Error('usage: eval FILE.jsonl… [--split validation] [--peers] [--out predictions.jsonl]');

  // The served layers (createLayers); --models DIR swaps the learned layers for a candidate model directory.
  const dir = values.models === undefined ? undefined : resolve(values.models);
  const layers = createLayers().map((l) => (dir === undefined ? l : l.name === 'ml_confidence' ? new ClassifierLayer(dir) : l.name === 'semantic' ? new SemanticLayer(dir) : l));
  const pipeline = await createPipeline(layers, { warn: WARN, block: BLOCK });
  console.log(`models ${loadManifest(dir).version}; pipeline ${pipeline.version}`);
  const items: Item[] = [];
  for (const s of sets) {
    for (let i = 0; i < s.rows.length; i += BATCH) {
      const batch = s.rows.slice(i, i + BATCH);
      const t0 = performance.now();
      const results = await pipeline.scanBatch(batch.map((r) => ({ text: r.text, mode: 'content', contentType: 'auto' })));
      const ms = (performance.now() - t0) / batch.length;
      batch.forEach((row, k) => items.push({ set: s.name, row, result: results[k]!, ms }));
    }
  }
  const pick = (f: (i: Item) => number): { set: string; label: 0 | 1; score: number }[] => items.map((i) => ({ set: i.set, label: i.row.label, score: f(i) }));
  console.log(`\nfull pipeline, BLOCK (combined ≥ ${BLOCK})\n${table(pick((i) => i.result.score), BLOCK)}`);
  console.log(`\nfull pipeline, flagged (WARN or BLOCK, combined ≥ ${WARN}): overall\n${table(pick((i) => i.result.score), WARN).split('\n').filter((l, k) => k === 0 || l.startsWith('OVERALL')).join('\n')}`);
  for (const layer of ['heuristic', 'ml_confidence', 'semantic'] as const) {
    const rows = table(pick((i) => i.result.scores[layer]), BLOCK).split('\n');
    console.log(`\n${layer} alone, score ≥ ${BLOCK}\n${[rows[0], rows.at(-1)].join('\n')}`);
  }
  console.log('\ndecisions per set (ALLOW / WARN / BLOCK)');
  for (const name of [...new Set(items.map((i) => i.set))]) {
    const d = { ALLOW: 0, WARN: 0, BLOCK: 0 };
    for (const i of items) if (i.set === name) d[i.result.decision]++;
    const n = d.ALLOW + d.WARN + d.BLOCK;
    const pct = (x: number): string => `${x} (${((100 * x) / n).toFixed(1)}%)`;
    console.log(`${name.padEnd(52)} ${pct(d.ALLOW).padStart(13)} ${pct(d.WARN).padStart(13)} ${pct(d.BLOCK).padStart(13)}`);
  }
  const ms = items.map((i) => i.ms);
  console.log(`\nlatency per document (batches of ${BATCH}, in-process): p50 ${quantile(ms, 0.5).toFixed(2)} ms, p99 ${quantile(ms, 0.99).toFixed(2)} ms`);

  if (values.peers) {
    for (const peer of await loadPeers()) {
      const scored: { set: string; label: 0 | 1; score: number }[] = [];
      const t0 = performance.now();
      for (const i of items) {
        const r = await peer.score(i.row.text);
        scored.push({ set: i.set, label: i.row.label, score: r.flagged ? Math.max(0.5, r.score) : Math.min(0.49, r.score) });
      }
      const per = (performance.now() - t0) / items.length;
      console.log(`\npeer ${peer.name} (its own verdict; ${per.toFixed(2)} ms per document)\n${table(scored, 0.5)}`);
    }
  }
  if (values.out) {
    const lines = items.map((i) => JSON.stringify({ set: i.set, source: i.row.source, label: i.row.label, decision: i.result.decision, combined: i.result.score, scores: i.result.scores }));
    writeFileSync(values.out, lines.join('\n') + '\n');
  }
}

await main();
