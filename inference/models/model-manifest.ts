// The model manifest: which files make up the served models, their hashes, the featurizer they
// expect, thresholds chosen on validation data and the figures that justified them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeaturizerParams } from '../features/featurizer-params.js';

export const MODELS_DIR = dirname(fileURLToPath(import.meta.url));

export interface ThresholdPair {
  warn: number;
  block: number;
}

export interface ModelManifest {
  version: string;
  featurizer: FeaturizerParams;
  files: Record<string, { sha256: string; bytes: number }>;
  classifier: { file: string; dim: number; hidden: number; input: string[]; output: string };
  encoder: { file: string; dim: number; input: string[]; output: string };
  exemplars: { vectors: string; metadata: string; count: number; dim: number };
  /** Semantic score = sigmoid(a · (nearest attack cosine − nearest benign cosine) + b). */
  semanticCalibration: { a: number; b: number };
  thresholds: { classifier: ThresholdPair; semantic: ThresholdPair };
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
