// The featurizer's fixed parameters: bucket count, n-gram ranges and window geometry.
// Changing any of these changes every feature index, so the models must be retrained with them.

import { CONCEPT_LEXICON } from './concept-lexicon.js';
import { fnv1a } from './hash.js';

export interface FeaturizerParams {
  readonly version: string;
  /** Hash buckets; bucket 0 is reserved for padding, real features land in 1..buckets-1. */
  readonly buckets: number;
  /** Character n-gram lengths, taken inside each space-delimited token padded with one space each side. */
  readonly charMin: number;
  readonly charMax: number;
  /**
   * Window length and stride in characters of the normalised view text. The text is hashed once per
   * sentence-aligned chunk and a window sums whole chunks, so both are approximate (chunk boundaries).
   */
  readonly windowChars: number;
  readonly windowStride: number;
  /**
   * Sentence chunks: a chunk ends at a sentence end once it holds sentenceMin characters, and never
   * exceeds sentenceMax. Every chunk is also scored alone, so one injected sentence is not diluted.
   */
  readonly sentenceMin: number;
  readonly sentenceMax: number;
  /**
   * Upper bound of distinct features in one chunk (the padding width of a batch never exceeds it):
   * the highest counts are kept. Sentence chunks stay far below it; it bounds a single-chunk bag.
   */
  readonly maxFeatures: number;
  /**
   * Concept features (concepts.ts): each lexicon concept a word carries, and each pair of concepts that
   * meet in one chunk, as features of their own beside the word's n-grams.
   */
  readonly concepts: boolean;
}

// The lexicon is part of the featurizer: its digest is in the version, so models trained with another
// lexicon refuse to load (model-manifest.ts) instead of reading shifted concepts.
const LEXICON_JSON = JSON.stringify(CONCEPT_LEXICON);
const LEXICON_DIGEST = fnv1a(LEXICON_JSON, 0, LEXICON_JSON.length, 0).toString(16).padStart(8, '0');

export const FEATURIZER_PARAMS: FeaturizerParams = {
  version: `fnv1a17-word12-tokchar4-concepts-${LEXICON_DIGEST}-chunksum-v6`,
  // 2^17 buckets: the bag table is half of what 2^18 would be (12.6 MB at 24 columns, 25.2 MB at 48 since models
  // 6.2), and each gather more often hits cache; 2^17 scored as well as 2^18 on the eval mix and 2^16 clearly worse
  // (docs/MODEL_CARD.md).
  buckets: 1 << 17,
  // 4-grams alone: 3–5-grams held 2.3 times the features, and every feature costs a hash and a
  // table gather. Measured in docs/MODEL_CARD.md ("Models 5.0").
  charMin: 4,
  charMax: 4,
  windowChars: 512,
  windowStride: 256,
  sentenceMin: 40,
  sentenceMax: 256,
  // A 256-character chunk holds at most about 500 distinct features (255 4-grams, 128 words, 127 bigrams).
  maxFeatures: 2048,
  concepts: true,
};

export const PAD_INDEX = 0;
