// `npm run train`: trains the classifier and encoder from the labelled corpora and writes the ONNX
// files, the exemplar index and manifest.json into inference/models (deterministic: same data → same bytes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTraining, MODEL_SHAPE, type TrainResult } from './pipeline.js';
import { writeEmbeddingBagOnnx } from './onnx/onnx-writer.js';
import { computeMetrics } from './metrics.js';
import { perSource, roundedMetrics, metricsTable } from './report.js';
import { FEATURIZER_PARAMS } from '../inference/features/featurizer-params.js';
import { MODELS_DIR, sha256, type ModelManifest } from '../inference/models/model-manifest.js';

export const DEFAULT_DATA_DIR = resolve(MODELS_DIR, '../../../shared/datasets');
export const TRAINING_SEED = 7;

function counts(r: TrainResult): ModelManifest['counts'] {
  const out: ModelManifest['counts'] = {};
  const bump = (file: string, side: 'train' | 'validation', label: 0 | 1): void => {
    const c = (out[file] ??= { train: { attack: 0, benign: 0 }, validation: { attack: 0, benign: 0 } });
    c[side][label === 1 ? 'attack' : 'benign']++;
  };
  for (const d of r.trainDocs) bump(d.row.file, 'train', d.row.label);
  for (const d of r.validation) bump(d.row.file, 'validation', d.row.label);
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k] as ModelManifest['counts'][string]]));
}

function writeModels(r: TrainResult, outDir: string, stepScale: number): ModelManifest {
  mkdirSync(outDir, { recursive: true });
  const files: Record<string, Uint8Array> = {
    'classifier.onnx': writeEmbeddingBagOnnx(r.classifier, { featurizer: FEATURIZER_PARAMS.version }),
    'encoder.onnx': writeEmbeddingBagOnnx(r.encoder, { featurizer: FEATURIZER_PARAMS.version }),
    'exemplars.f32': new Uint8Array(r.index.vectors.buffer, r.index.vectors.byteOffset, r.index.vectors.byteLength),
    'exemplars.json': new TextEncoder().encode(JSON.stringify({ dim: r.encoder.dim, entries: r.index.entries }) + '\n'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(outDir, name), bytes);
  const fileInfo = Object.fromEntries(Object.entries(files).map(([n, b]) => [n, { sha256: sha256(b), bytes: b.byteLength }]));
  const classifierItems = r.validation;
  const semanticItems = r.validation.map((s) => ({ ...s, score: s.semantic }));
  const manifest: ModelManifest = {
    version: `1.0.0+${sha256(new TextEncoder().encode(Object.values(fileInfo).map((f) => f.sha256).join(''))).slice(0, 12)}`,
    featurizer: FEATURIZER_PARAMS,
    files: fileInfo,
    classifier: { file: 'classifier.onnx', dim: MODEL_SHAPE.classifierDim, hidden: MODEL_SHAPE.classifierHidden, input: ['indices', 'weights'], output: 'p_injection' },
    encoder: { file: 'encoder.onnx', dim: MODEL_SHAPE.encoderDim, input: ['indices', 'weights'], output: 'embedding_out' },
    exemplars: { vectors: 'exemplars.f32', metadata: 'exemplars.json', count: r.index.entries.length, dim: r.encoder.dim },
    semanticCalibration: r.calibration,
    thresholds: r.thresholds,
    training: { seed: TRAINING_SEED, stepScale, split: 'by source document, 20% of groups per file to validation', categories: r.categories },
    counts: counts(r),
    metrics: {
      note: 'validation split (document level, worst window), thresholds = block',
      classifier: roundedMetrics(computeMetrics(classifierItems, r.thresholds.classifier.block)),
      semantic: roundedMetrics(computeMetrics(semanticItems, r.thresholds.semantic.block)),
      classifierPerSource: perSource(classifierItems, r.thresholds.classifier.block),
      semanticPerSource: perSource(semanticItems, r.thresholds.semantic.block),
    },
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      out: { type: 'string', default: MODELS_DIR },
      'step-scale': { type: 'string', default: '1' },
    },
  });
  const started = performance.now();
  const log = (s: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${s}`);
  const stepScale = Number(values['step-scale']);
  const r = runTraining({ dataDir: resolve(values.data), excludeFiles: [], seed: TRAINING_SEED, stepScale, log });
  const manifest = writeModels(r, resolve(values.out), stepScale);
  log(`wrote ${Object.keys(manifest.files).join(', ')} (version ${manifest.version})`);
  const groups = (score: 'score' | 'semantic') => {
    const items = r.validation.map((s) => ({ ...s, score: s[score] }));
    const files = [...new Set(items.map((s) => s.group))].sort();
    return [...files.map((f) => ({ name: f, items: items.filter((s) => s.group === f) })), { name: 'OVERALL', items }];
  };
  console.log(`\nclassifier, validation split, block threshold ${r.thresholds.classifier.block.toFixed(3)}\n` + metricsTable(groups('score'), r.thresholds.classifier.block));
  console.log(`\nsemantic, validation split, block threshold ${r.thresholds.semantic.block.toFixed(3)}\n` + metricsTable(groups('semantic'), r.thresholds.semantic.block));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await main();
