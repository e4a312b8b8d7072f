// The featurizer's fixed parameters: bucket count, n-gram ranges and window geometry.
// Changing any of these changes every feature index, so the models must be retrained with them.

export interface FeaturizerParams {
  readonly version: string;
  /** Hash buckets; bucket 0 is reserved for padding, real features land in 1..buckets-1. */
  readonly buckets: number;
  readonly charMin: number;
  readonly charMax: number;
  /** Window length and stride in characters of the normalised view text. */
  readonly windowChars: number;
  readonly windowStride: number;
  /** Upper bound of distinct features in one window (padding width of a batch never exceeds it). */
  readonly maxFeatures: number;
}

export const FEATURIZER_PARAMS: FeaturizerParams = {
  version: 'fnv1a-word12-char35-v1',
  buckets: 1 << 18,
  charMin: 3,
  charMax: 5,
  windowChars: 512,
  windowStride: 256,
  // 512 chars give at most 3 * 514 char n-grams plus 2 * 257 word n-grams.
  maxFeatures: 2048,
};

export const PAD_INDEX = 0;
