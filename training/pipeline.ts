// One training run: load, split by source document, synthesise injected documents, featurize,
// train classifier then encoder, build the exemplar index, pick thresholds and score validation.
import { loadDatasets, type Row } from './data/datasets.js';
import { splitByGroup } from './data/split.js';
import { synthesizeInjected } from './data/synthesize.js';
import { featurizeRows, type Doc } from './data/featurized.js';
import { trainClassifier, worstWindow } from './model/train-classifier.js';
import { trainEncoder, type EncoderExample } from './model/train-encoder.js';
import { buildIndex, fitCalibration, margin, type BuiltIndex, type ExemplarCandidate } from './model/exemplars.js';
import { classifierForward, encoderForward, sigmoid, type EmbeddingBagWeights } from './model/embedding-bag.js';
import { thresholdAtFpr, type Scored } from './metrics.js';
import { FEATURIZER_PARAMS } from '../inference/features/featurizer-params.js';
import { Rng } from './rng.js';

export interface TrainOptions {
  readonly dataDir: string;
  readonly excludeFiles: readonly string[];
  readonly seed: number;
  /** 1 for the committed models; smaller for quick runs. */
  readonly stepScale: number;
  readonly log: (s: string) => void;
}

export const MODEL_SHAPE = { classifierDim: 8, classifierHidden: 16, encoderDim: 16 } as const;
const VALIDATION_FRACTION = 0.2;
const SYNTHETIC_TRAIN = 4000;
const SYNTHETIC_VALIDATION = 800;
const EXEMPLARS_PER_FILE = 300;

export interface ScoredDoc extends Scored {
  readonly row: Row;
  readonly semantic: number;
}

export interface TrainResult {
  readonly classifier: EmbeddingBagWeights;
  readonly encoder: EmbeddingBagWeights;
  readonly index: BuiltIndex;
  readonly calibration: { a: number; b: number };
  readonly thresholds: { classifier: { warn: number; block: number }; semantic: { warn: number; block: number } };
  readonly trainDocs: readonly Doc[];
  readonly validation: readonly ScoredDoc[];
  readonly categories: readonly string[];
}

const maxOf = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), 0);

/** The split with its synthetic documents; eval calls this with the same seed to get the same validation set. */
export function buildSplit(dataDir: string, excludeFiles: readonly string[], seed: number, rng: Rng): { train: Row[]; validation: Row[] } {
  const rows = loadDatasets(dataDir, excludeFiles);
  const split = splitByGroup(rows, VALIDATION_FRACTION, seed);
  return {
    train: [...split.train, ...synthesizeInjected(split.train, SYNTHETIC_TRAIN, rng)],
    validation: [...split.validation, ...synthesizeInjected(split.validation, SYNTHETIC_VALIDATION, rng)],
  };
}

export function runTraining(o: TrainOptions): TrainResult {
  const rng = new Rng(o.seed);
  const { train, validation } = buildSplit(o.dataDir, o.excludeFiles, o.seed, rng);
  o.log(`rows ${train.length + validation.length}: train ${train.length}, validation ${validation.length} (synthetic included)`);
  const trainDocs = featurizeRows(train, rng);
  const valDocs = featurizeRows(validation, rng);
  o.log(`featurized ${trainDocs.reduce((a, d) => a + d.windows.length, 0)} training windows`);

  const buckets = FEATURIZER_PARAMS.buckets;
  const classifier = trainClassifier(
    trainDocs,
    { buckets, dim: MODEL_SHAPE.classifierDim, hidden: MODEL_SHAPE.classifierHidden, steps: Math.round(300_000 * o.stepScale), lr: 0.2, seed: o.seed + 1 },
    o.log,
  );

  // Encoder classes: attack families and benign sources; an attack document is represented by its
  // worst window under the classifier, the part of it that carries the attack.
  const bag = new Float64Array(MODEL_SHAPE.classifierDim);
  const hid = new Float64Array(MODEL_SHAPE.classifierHidden);
  const pickWindow = (d: Doc): number => (d.row.label === 1 ? worstWindow(classifier, d.windows, bag, hid) : rng.int(d.windows.length));
  const categories = [...new Set(trainDocs.map((d) => d.row.category))].sort();
  const byClass: EncoderExample[][] = categories.map(() => []);
  const candidates: ExemplarCandidate[] = [];
  for (const d of trainDocs) {
    const cls = categories.indexOf(d.row.category);
    const window = d.windows[pickWindow(d)];
    if (!window) continue;
    byClass[cls]?.push({ window, cls });
    candidates.push({ window, entry: { label: d.row.label, category: d.row.category, file: d.row.file } });
  }
  const encoder = trainEncoder(
    byClass,
    { buckets, dim: MODEL_SHAPE.encoderDim, steps: Math.round(300_000 * o.stepScale), lr: 0.5, scale: 10, seed: o.seed + 2 },
    o.log,
  );
  const index = buildIndex(encoder, rng.shuffle(candidates), EXEMPLARS_PER_FILE);
  o.log(`exemplar index: ${index.entries.length} vectors`);

  const valMargins = valDocs.map((d) =>
    maxOf(d.windows.map((w) => margin(index, encoder.dim, encoderForward(encoder, w.indices, w.weights)))),
  );
  const calibration = fitCalibration(valMargins, valDocs.map((d) => d.row.label));
  const scored: ScoredDoc[] = valDocs.map((d, i) => ({
    row: d.row,
    label: d.row.label,
    group: d.row.file,
    score: maxOf(d.windows.map((w) => classifierForward(classifier, w.indices, w.weights))),
    semantic: sigmoid(calibration.a * (valMargins[i] ?? 0) + calibration.b),
  }));
  const sem = scored.map((s) => ({ ...s, score: s.semantic }));
  const thresholds = {
    classifier: { warn: thresholdAtFpr(scored, 0.03), block: thresholdAtFpr(scored, 0.01) },
    semantic: { warn: thresholdAtFpr(sem, 0.03), block: thresholdAtFpr(sem, 0.01) },
  };
  return { classifier, encoder, index, calibration, thresholds, trainDocs, validation: scored, categories };
}
