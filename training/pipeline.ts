// One training run: load, split by source document, synthesise injected documents, featurize,
// train classifier then encoder, build the exemplar index, pick thresholds and score validation.
import { loadDatasets, type Row } from './data/datasets.js';
import { LOOKALIKE_FILES, loadAuthored } from './data/authored.js';
import { splitByGroup } from './data/split.js';
import { synthesizeBenignEmails, synthesizeInjected } from './data/synthesize.js';
import { OVER_DEFENSE_FILE, overDefenseRows } from './data/hard-negatives.js';
import { EVERYDAY_CHAT_FILE, everydayChatRows } from './data/everyday-chat.js';
import { featurizeRows, type Doc } from './data/featurized.js';
import { trainClassifier, worstWindow } from './model/train-classifier.js';
import { trainEncoder, type EncoderExample } from './model/train-encoder.js';
import { buildIndex, margin, type BuiltIndex, type ExemplarCandidate } from './model/exemplars.js';
import { classifierLogit, encoderForward, type EmbeddingBagWeights } from './model/embedding-bag.js';
import { thresholdAtGroupFpr, type Scored } from './metrics.js';
import { lengthDiscount, thresholdKnots, type CalibrationKnots, type LengthDiscount } from '../inference/models/score-calibration.js';
import { FEATURIZER_PARAMS } from '../inference/features/featurizer-params.js';
import { Rng } from './rng.js';

export interface TrainOptions {
  readonly dataDir: string;
  readonly excludeFiles: readonly string[];
  readonly seed: number;
  /**
   * Seeds the two models' initialisation and sampling only; the split, the synthetic data and the
   * exemplar order stay on `seed`. Varying it alone measures retrain variance on one validation set.
   */
  readonly modelSeed?: number;
  /** 1 for the committed models; smaller for quick runs. */
  readonly stepScale: number;
  readonly log: (s: string) => void;
}

export const CLASSIFIER_REGULARISATION = { featureDropout: 0.2, labelSmoothing: 0.01, weightDecay: 0, benignHardWindow: 0.3 } as const;
/**
 * 6.2: the classifier's bag went from 8 to 32 columns (its hidden layer from 16 to 32) to read the look-alike files
 * (LOOKALIKE_FILES) without losing the classic cases the tests pin; an 8-, 16- or 24-column bag trained on them
 * failed at least one of those tests (docs/MODEL_CARD.md, 6.2). bags.onnx is 25 MB (limit for all models: 30 MB).
 */
export const MODEL_SHAPE = { classifierDim: 32, classifierHidden: 32, encoderDim: 16 } as const;
const VALIDATION_FRACTION = 0.2;
const SYNTHETIC_TRAIN = 4000;
const SYNTHETIC_VALIDATION = 800;
const OVER_DEFENSE_TRAIN = 1200;
const OVER_DEFENSE_VALIDATION = 300;
const EMAIL_TRAIN = 600;
const EMAIL_VALIDATION = 120;
const CHAT_TRAIN = 800;
const CHAT_VALIDATION = 200;
/**
 * Thresholds: mean FPR over benign validation files at most this for WARN, and for BLOCK. A learned
 * layer alone should mostly WARN: its BLOCK point sits where (almost) no benign validation document
 * of any source, pages and mails included, scores, and BLOCK otherwise comes from layers agreeing.
 */
const FPR = { classifier: { warn: 0.01, block: 0.0025 }, semantic: { warn: 0.01, block: 0.0025 } } as const;
/**
 * Benign files that bind the BLOCK points but not the WARN points: the look-alike files, texts written to resemble
 * attacks. A BLOCK takes the user's content away, so its point must hold on the hardest benign texts there are; a
 * WARN asks for a look, and its point stays chosen on the real mix it was chosen on before 6.2. Measured both other
 * ways on the same model (docs/MODEL_CARD.md, 6.2): with these files binding both points the classifier's WARN point
 * rose (3.49 → 3.84) until a plain planted order pinned by test/models/committed-models.test.ts fell below it; with
 * them binding neither, its BLOCK point fell (4.38 → 4.01) and it BLOCKed alone 19 of 300 held-out over-defense
 * templates ("Forget the earlier draft; summarize the instructions below from scratch please.") against 7.
 */
const WARN_POINT_EXCLUDES: readonly string[] = LOOKALIKE_FILES;
/** Mean FPR over the synthetic short-text groups (over-defense, everyday chat) the semantic layer's points must keep. */
const SHORT_TEXT_FPR = { warn: 0.05, block: 0.01 } as const;
/**
 * Length discount of the worst window (score-calibration.ts): chosen on the validation split so the
 * readability pages' worst windows no longer sit above the short texts' (eval on validation, MODEL_CARD.md).
 * Slopes are in raw units: classifier logit, semantic cosine margin.
 */
export const LENGTH_DISCOUNT: { classifier: LengthDiscount; semantic: LengthDiscount } = {
  classifier: { reference: 8, slope: 1 },
  semantic: { reference: 8, slope: 0.1 },
};
/**
 * Exemplars kept per (label, file). 6.1 keeps 100 (6.0 kept 300): the index shrinks from 6,830 to 2,814 vectors,
 * and with it the nearest-exemplar search, which took a third of the learned layers' time on a 1 KB text; the
 * documented mix and the eleventh fresh set's tuning half moved within a retrain's noise (caps of 300, 150, 100
 * and 75 measured; docs/MODEL_CARD.md, 6.1).
 */
const EXEMPLARS_PER_FILE = 100;
/** SGD steps of each model (classifier and encoder). */
const TRAINING_STEPS = 300_000;

export interface ScoredDoc extends Scored {
  readonly row: Row;
  /** Semantic raw score: nearest attack cosine − nearest benign cosine of the worst window. */
  readonly semantic: number;
}

export interface TrainResult {
  readonly classifier: EmbeddingBagWeights;
  readonly encoder: EmbeddingBagWeights;
  readonly index: BuiltIndex;
  readonly calibration: { classifier: CalibrationKnots; semantic: CalibrationKnots };
  readonly lengthDiscount: { classifier: LengthDiscount; semantic: LengthDiscount };
  readonly thresholds: { classifier: { warn: number; block: number }; semantic: { warn: number; block: number } };
  readonly trainDocs: readonly Doc[];
  readonly validation: readonly ScoredDoc[];
  readonly categories: readonly string[];
}

const maxOf = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), -Infinity);

/**
 * A document's raw scores as serving computes them: each layer's worst window over every window, less
 * the document's length discount (score-calibration.ts). `d` must keep every window (featurizeRows
 * with bounded = false) for the figures to be serving's.
 */
export function documentRawScores(classifier: EmbeddingBagWeights, encoder: EmbeddingBagWeights, index: BuiltIndex, d: Doc): { score: number; semantic: number } {
  const n = d.windows.length;
  return {
    score: maxOf(d.windows.map((w) => classifierLogit(classifier, w.indices, w.weights))) - lengthDiscount(n, LENGTH_DISCOUNT.classifier),
    semantic: maxOf(d.windows.map((w) => margin(index, encoder.dim, encoderForward(encoder, w.indices, w.weights)))) - lengthDiscount(n, LENGTH_DISCOUNT.semantic),
  };
}

/** The split with its synthetic documents; eval calls this with the same seed to get the same validation set. */
export function buildSplit(dataDir: string, excludeFiles: readonly string[], seed: number, rng: Rng): { train: Row[]; validation: Row[] } {
  const rows = [...loadDatasets(dataDir, excludeFiles), ...loadAuthored(excludeFiles)];
  const split = splitByGroup(rows, VALIDATION_FRACTION, seed);
  return {
    train: [
      ...split.train,
      ...synthesizeInjected(split.train, SYNTHETIC_TRAIN, rng),
      ...synthesizeBenignEmails(split.train, EMAIL_TRAIN, rng),
      ...overDefenseRows(OVER_DEFENSE_TRAIN, rng, 'train'),
      ...everydayChatRows(CHAT_TRAIN, rng, 'train'),
    ],
    validation: [
      ...split.validation,
      ...synthesizeInjected(split.validation, SYNTHETIC_VALIDATION, rng),
      ...synthesizeBenignEmails(split.validation, EMAIL_VALIDATION, rng),
      ...overDefenseRows(OVER_DEFENSE_VALIDATION, rng, 'validation'),
      ...everydayChatRows(CHAT_VALIDATION, rng, 'validation'),
    ],
  };
}

export function runTraining(o: TrainOptions): TrainResult {
  const rng = new Rng(o.seed);
  const { train, validation } = buildSplit(o.dataDir, o.excludeFiles, o.seed, rng);
  o.log(`rows ${train.length + validation.length}: train ${train.length}, validation ${validation.length} (synthetic included)`);
  const trainDocs = featurizeRows(train, rng);
  // Every window of a validation document: its worst window is what serving will see.
  const valDocs = featurizeRows(validation, rng, false);
  o.log(`featurized ${trainDocs.reduce((a, d) => a + d.windows.length, 0)} training windows`);

  const buckets = FEATURIZER_PARAMS.buckets;
  const classifier = trainClassifier(
    trainDocs,
    { buckets, dim: MODEL_SHAPE.classifierDim, hidden: MODEL_SHAPE.classifierHidden, steps: Math.round(TRAINING_STEPS * o.stepScale), lr: 0.2, seed: (o.modelSeed ?? o.seed) + 1, ...CLASSIFIER_REGULARISATION },
    o.log,
  );

  // Encoder classes: attack families and benign sources; an attack document is represented by its
  // worst window under the classifier, the part of it that carries the attack.
  const bag = new Float64Array(MODEL_SHAPE.classifierDim);
  const hid = new Float64Array(MODEL_SHAPE.classifierHidden);
  const pickWindow = (d: Doc): number => (d.row.label === 1 ? worstWindow(classifier, d.windows, bag, hid, d.payloadWindows) : rng.int(d.windows.length));
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
    { buckets, dim: MODEL_SHAPE.encoderDim, steps: Math.round(TRAINING_STEPS * o.stepScale), lr: 0.5, scale: 10, seed: (o.modelSeed ?? o.seed) + 2 },
    o.log,
  );
  const index = buildIndex(encoder, rng.shuffle(candidates), EXEMPLARS_PER_FILE);
  o.log(`exemplar index: ${index.entries.length} vectors`);

  const scored: ScoredDoc[] = valDocs.map((d) => ({ row: d.row, label: d.row.label, group: d.row.file, ...documentRawScores(classifier, encoder, index, d) }));
  // Thresholds come from the real benign sources: the over-defense and chat texts are generated from a
  // handful of templates, so one template would otherwise set the bar for everything (reported apart).
  const real = scored.filter((s) => s.row.file !== OVER_DEFENSE_FILE && s.row.file !== EVERYDAY_CHAT_FILE);
  const warnReal = real.filter((s) => !WARN_POINT_EXCLUDES.includes(s.row.file));
  /** The same documents scored by the semantic layer's raw margin. */
  const semantic = (docs: readonly ScoredDoc[]): Scored[] => docs.map((s) => ({ ...s, score: s.semantic }));
  // The semantic layer alone raises WARN and may BLOCK, so its points must also hold on short benign
  // turns: at most SHORT_TEXT_FPR of the held-out chat and over-defense templates may reach them.
  // (Those templates never appear in training; choosing points on them makes their figures optimistic.)
  const shortText = semantic(scored.filter((s) => s.row.file === OVER_DEFENSE_FILE || s.row.file === EVERYDAY_CHAT_FILE));
  const guarded = (texts: Scored[], fpr: number, shortFpr: number): number =>
    Math.max(thresholdAtGroupFpr(texts, fpr), shortText.length > 0 ? thresholdAtGroupFpr(shortText, shortFpr) : -Infinity);
  const thresholds = {
    classifier: { warn: thresholdAtGroupFpr(warnReal, FPR.classifier.warn), block: thresholdAtGroupFpr(real, FPR.classifier.block) },
    semantic: { warn: guarded(semantic(warnReal), FPR.semantic.warn, SHORT_TEXT_FPR.warn), block: guarded(semantic(real), FPR.semantic.block, SHORT_TEXT_FPR.block) },
  };
  // The curve starts at the median benign raw score (→ 0), so an ordinary text scores near 0 and
  // does not lift the policy's agreement term; between there and WARN it rises linearly.
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const benign = real.filter((s) => s.label === 0);
  const lo = (raw: number[], warn: number): number => Math.min(median(raw), warn - 1e-6);
  // 95% of benign documents (their worst window, pages included) score at most QUIET_SCORE, so two
  // layers that both find a page unremarkable do not add up to WARN through the agreement term.
  const quiet = (raw: number[]): number => [...raw].sort((a, b) => a - b)[Math.floor(raw.length * 0.95)] ?? 0;
  const calibration = {
    classifier: thresholdKnots(lo(benign.map((s) => s.score), thresholds.classifier.warn), thresholds.classifier.warn, thresholds.classifier.block, thresholds.classifier.block + 8, {
      quiet: quiet(benign.map((s) => s.score)),
    }),
    semantic: thresholdKnots(lo(benign.map((s) => s.semantic), thresholds.semantic.warn), thresholds.semantic.warn, thresholds.semantic.block, 2, { quiet: quiet(benign.map((s) => s.semantic)) }),
  };
  return { classifier, encoder, index, calibration, lengthDiscount: LENGTH_DISCOUNT, thresholds, trainDocs, validation: scored, categories };
}
