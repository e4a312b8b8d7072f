// Case-insensitive keyword prefilter: one pass over the text says which rules are worth running.
// Most text has no keyword at all, so this single loop is the whole cost of scanning it.

/** ASCII lower-casing table over all UTF-16 units; non-ASCII maps to 0, which no keyword contains. */
const LOWER = new Uint8Array(65536);
for (let c = 1; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c | 32 : c;

const TRIGRAM_BITS = 21; // three 7-bit ASCII codes: every trigram has its own bit, no collisions

export class KeywordIndex {
  private readonly keywords: readonly string[];
  /** Bit set over trigrams that begin some keyword (256 KiB, shared by all scans). */
  private readonly starts = new Uint32Array((1 << TRIGRAM_BITS) >>> 5);
  /** Keyword indices by starting trigram. */
  private readonly byTrigram = new Map<number, number[]>();

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    this.keywords.forEach((keyword, index) => {
      if (keyword.length < 3 || [...keyword].some((ch) => LOWER[ch.charCodeAt(0)] !== ch.charCodeAt(0))) {
        throw new Error(`keyword "${keyword}" must be at least 3 lower-case ASCII characters`);
      }
      const h = (keyword.charCodeAt(0) << 14) | (keyword.charCodeAt(1) << 7) | keyword.charCodeAt(2);
      this.starts[h >>> 5]! |= 1 << (h & 31);
      const list = this.byTrigram.get(h);
      if (list) list.push(index);
      else this.byTrigram.set(h, [index]);
    });
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
    let count = 0;
    let h = (LOWER[text.charCodeAt(0)]! << 7) | LOWER[text.charCodeAt(1)]!;
    for (let i = 2; i < len; i++) {
      h = ((h << 7) | LOWER[text.charCodeAt(i)]!) & 0x1fffff;
      if ((this.starts[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      for (const k of this.byTrigram.get(h)!) {
        if (found[k] === 0 && this.matchesAt(text, i - 2, this.keywords[k]!)) {
          found[k] = 1;
          count++;
        }
      }
    }
    return count;
  }

  private matchesAt(text: string, start: number, keyword: string): boolean {
    if (start + keyword.length > text.length) return false;
    for (let j = 3; j < keyword.length; j++) {
      if (LOWER[text.charCodeAt(start + j)] !== keyword.charCodeAt(j)) return false;
    }
    return true;
  }
}
