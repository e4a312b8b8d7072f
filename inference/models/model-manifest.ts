// The model manifest: which files make up the served models, their hashes, the featurizer they
// expect, thresholds chosen on validation data and the figures that justified them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURIZER_PARAMS, type FeaturizerParams } from '../features/featurizer-params.js';
import type { CalibrationKnots, LengthDiscount } from './score-calibration.js';

export const MODELS_DIR = dirname(fileURLToPath(import.meta.url));

export interface ThresholdPair {
  warn: number;
  block: number;
}

export interface ModelManifest {
  version: string;
  featurizer: FeaturizerParams;
  files: Record<string, { sha256: string; bytes: number }>;
  /**
   * The two graphs (models 4): `bags` embeds hashed-feature rows (sentence chunks) into both tables at
   * once, [rows, width]; `heads` takes window bags (scaled sums of chunk bags) to every output.
   */
  graphs: {
    bags: { file: string; input: string[]; output: string; width: number };
    heads: { file: string; input: string; output: string[] };
  };
  /** `columns`: the [start, end) columns of a bag row that belong to the model. */
  classifier: { dim: number; hidden: number; columns: [number, number]; output: string };
  encoder: { dim: number; columns: [number, number]; output: string };
  /** Exemplar vectors live inside the encoder graph; the metadata file names each one (attacks, then benign). */
  exemplars: { metadata: string; attacks: number; benign: number; dim: number };
  /**
   * Raw thresholds chosen on validation data: the classifier's logit (its `output`), and the semantic layer's
   * margin (nearest attack cosine − nearest benign cosine) of the worst window.
   */
  thresholds: { classifier: ThresholdPair; semantic: ThresholdPair };
  /** Raw output → policy score, through (warn → 0.4) and (block → 0.7). */
  calibration: { classifier: CalibrationKnots; semantic: CalibrationKnots };
  /** Discount of a document's worst raw score for its number of windows, applied before calibration (absent before 3.1). */
  lengthDiscount?: { classifier: LengthDiscount; semantic: LengthDiscount };
  training: Record<string, unknown>;
  counts: Record<string, { train: { attack: number; benign: number }; validation: { attack: number; benign: number } }>;
  metrics: Record<string, unknown>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function loadManifest(dir = MODELS_DIR): ModelManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ModelManifest;
}

/** The manifest, refused when its models were trained on features this code no longer computes. */
export function loadServingManifest(dir = MODELS_DIR): ModelManifest {
  const manifest = loadManifest(dir);
  if (manifest.featurizer.version !== FEATURIZER_PARAMS.version) {
    throw new Error(`models expect featurizer ${manifest.featurizer.version}, code has ${FEATURIZER_PARAMS.version}`);
  }
  return manifest;
}

/** Files whose bytes no longer match the manifest (empty when the models are intact). */
export function verifyManifest(dir = MODELS_DIR, manifest = loadManifest(dir)): string[] {
  const bad: string[] = [];
  for (const [name, info] of Object.entries(manifest.files)) {
    let actual: string;
    try {
      actual = sha256(readFileSync(join(dir, name)));
    } catch {
      actual = 'missing';
    }
    if (actual !== info.sha256) bad.push(`${name}: manifest ${info.sha256.slice(0, 12)}…, file ${actual.slice(0, 12)}`);
  }
  return bad;
}
