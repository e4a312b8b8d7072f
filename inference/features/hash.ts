// FNV-1a 32-bit hash over UTF-16 code units: the one hash the featurizer uses to pick buckets.
// Written once here so training and serving can never disagree about a bucket.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of text[start, end) seeded with a salt, so word and char n-grams land in different places. */
export function fnv1a(text: string, start: number, end: number, salt: number): number {
  let h = (FNV_OFFSET ^ salt) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Combines two 32-bit hashes (a word bigram from its two word hashes) without a string concat. */
export function combineHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, FNV_PRIME) >>> 0;
  h ^= b;
  h = Math.imul(h, FNV_PRIME);
  h ^= h >>> 15;
  return h >>> 0;
}
