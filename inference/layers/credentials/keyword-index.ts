// Case-insensitive keyword prefilter: one pass over the text says which rules are worth running.
// Most text has no keyword at all, so this single loop is the whole cost of scanning it.

/** ASCII lower-casing table over all UTF-16 units; non-ASCII maps to 0, which no keyword contains. */
const LOWER = new Uint8Array(65536);
for (let c = 1; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c | 32 : c;

/**
 * Folds a byte to 7 bits with ASCII letters lower-cased. It conflates a few other bytes too
 * (`@` with a backtick, non-ASCII with ASCII); the exact check after a trigram hit sorts those out.
 */
const fold = (byte: number): number => (byte | 0x20) & 0x7f;

export class KeywordIndex {
  private readonly keywords: readonly string[];
  /** Per folded trigram (2 MiB): 0, or 1 + the index of the bucket of keywords starting with it. */
  private readonly starts = new Uint8Array(1 << 21);
  /** Keyword indices by bucket. */
  private readonly buckets: number[][] = [];
  /** Each keyword's folded fourth character (0 for three-letter ones): rejects siblings like xoxb-/xoxp- cheaply. */
  private readonly fourth: Uint8Array;
  /** Per scan: how many keywords of each bucket are still unseen, so repeats cost one load. */
  private readonly pending: Uint16Array;
  /** The text as latin1 bytes; typed-array reads are about twice as fast as charCodeAt in this loop. */
  private bytes = Buffer.allocUnsafe(64 * 1024);

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    keywords.forEach((keyword, index) => {
      if (keyword.length < 3 || [...keyword].some((ch) => LOWER[ch.charCodeAt(0)] !== ch.charCodeAt(0))) {
        throw new Error(`keyword "${keyword}" must be at least 3 lower-case ASCII characters`);
      }
      const h = (fold(keyword.charCodeAt(0)) << 14) | (fold(keyword.charCodeAt(1)) << 7) | fold(keyword.charCodeAt(2));
      if (this.starts[h] === 0) {
        if (this.buckets.length === 255) throw new Error('too many distinct keyword trigrams (max 255)');
        this.starts[h] = this.buckets.push([]);
      }
      this.buckets[this.starts[h]! - 1]!.push(index);
    });
    this.pending = new Uint16Array(this.buckets.length);
    this.fourth = Uint8Array.from(keywords, (k) => (k.length > 3 ? fold(k.charCodeAt(3)) : 0));
  }

  get size(): number {
    return this.keywords.length;
  }

  /**
   * Sets found[k] = 1 for every keyword k occurring in text (case-insensitively) and returns how
   * many distinct keywords occur. `found` must have `size` entries and be zeroed by the caller.
   */
  scan(text: string, found: Uint8Array): number {
    const len = text.length;
    if (len < 3) return 0;
    if (this.bytes.length < len) this.bytes = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(len)));
    const bytes = this.bytes;
    bytes.write(text, 0, len, 'latin1'); // one byte per UTF-16 unit, so offsets stay aligned
    const { starts, buckets, pending, keywords, fourth } = this;
    buckets.forEach((bucket, b) => (pending[b] = bucket.length));
    let count = 0;
    let h = (fold(bytes[0]!) << 7) | fold(bytes[1]!);
    for (let i = 2; i < len; i++) {
      h = ((h << 7) | ((bytes[i]! | 0x20) & 0x7f)) & 0x1fffff;
      const b = starts[h]! - 1;
      if (b < 0 || pending[b] === 0) continue;
      const bucket = buckets[b]!;
      for (let j = 0; j < bucket.length; j++) {
        const k = bucket[j]!;
        const f = fourth[k]!;
        if (found[k] !== 0 || (f !== 0 && (i + 1 >= len || fold(bytes[i + 1]!) !== f))) continue;
        if (matchesAt(text, i - 2, keywords[k]!)) {
          found[k] = 1;
          pending[b]!--;
          if (++count === keywords.length) return count;
        }
      }
    }
    return count;
  }
}

/** Exact case-insensitive comparison; the trigram table only proposed the position. */
function matchesAt(text: string, start: number, keyword: string): boolean {
  if (start + keyword.length > text.length) return false;
  for (let j = 0; j < keyword.length; j++) {
    if (LOWER[text.charCodeAt(start + j)] !== keyword.charCodeAt(j)) return false;
  }
  return true;
}
