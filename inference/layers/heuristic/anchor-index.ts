// One pass over a view finds every anchor of every rule (Aho-Corasick over UTF-16 units) and turns
// each hit into the range of positions where that rule's match could start, merged per rule.

/** What the index needs of a rule: its anchors and the longest text a match can span. */
export interface AnchoredRule {
  readonly anchors: readonly string[];
  readonly maxLength: number;
}

/**
 * Per rule, merged [lo, hi] ranges (inclusive) of possible match starts, as flat pairs in text order.
 * Arrays are reused between scans: read them before the next scan() call.
 */
export type StartRanges = readonly number[][];

/**
 * Ranges closer than this are merged: one regex call over a short gap beats two calls. A rule's
 * window already reads maxLength past its last start, so ranges within that distance always merge.
 */
const MERGE_GAP = 64;

export class AnchorIndex {
  private readonly classOf = new Uint16Array(0x10000);
  private readonly alphabet: number;
  private delta: Int32Array;
  /** Per state: [outStart[s], outStart[s + 1]) indexes outRule/outLen; failure outputs included. */
  private readonly outStart: Int32Array;
  private readonly outRule: Int32Array;
  private readonly outLen: Int32Array;
  private readonly maxLength: Int32Array;
  private readonly mergeGap: Int32Array;
  private readonly ranges: number[][];
  /** Rules given ranges by the last scan: only these need clearing before the next one. */
  private readonly touched: number[] = [];

  constructor(rules: readonly AnchoredRule[]) {
    let classes = 1;
    for (const rule of rules) {
      for (const a of rule.anchors) {
        for (let i = 0; i < a.length; i++) if (this.classOf[a.charCodeAt(i)] === 0) this.classOf[a.charCodeAt(i)] = classes++;
      }
    }
    this.alphabet = classes;
    // Trie first, with sparse edges; the dense table is filled once the state count is known.
    const edges: Map<number, number>[] = [new Map()];
    const ends: Map<number, number>[] = [new Map()];
    rules.forEach((rule, r) => {
      for (const a of rule.anchors) {
        let s = 0;
        for (let i = 0; i < a.length; i++) {
          const c = this.classOf[a.charCodeAt(i)]!;
          let t = edges[s]!.get(c);
          if (t === undefined) {
            t = edges.length;
            edges[s]!.set(c, t);
            edges.push(new Map());
            ends.push(new Map());
          }
          s = t;
        }
        const prior = ends[s]!.get(r);
        ends[s]!.set(r, prior === undefined ? a.length : Math.min(prior, a.length));
      }
    });
    const states = edges.length;
    // Breadth-first: each state's failure target is complete before the state itself is filled.
    const go = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const [c, t] of edges[0]!) { go[c] = t; queue.push(t); }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      for (const [r, len] of ends[f]!) {
        const own = ends[s]!.get(r);
        ends[s]!.set(r, own === undefined ? len : Math.min(own, len));
      }
      go.set(go.subarray(f * classes, f * classes + classes), s * classes);
      for (const [c, t] of edges[s]!) {
        fail[t] = go[f * classes + c]!;
        go[s * classes + c] = t;
        queue.push(t);
      }
    }
    this.outStart = new Int32Array(states + 1);
    const outRule: number[] = [];
    const outLen: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = outRule.length;
      for (const [r, len] of ends[s]!) { outRule.push(r); outLen.push(len); }
    }
    this.outStart[states] = outRule.length;
    // Entries hold the target's row offset (state × alphabet), bit-inverted when the target has
    // outputs: the hot loop then needs one load per character and a sign test.
    for (let k = 0; k < go.length; k++) {
      const t = go[k]!;
      go[k] = this.outStart[t + 1]! > this.outStart[t]! ? ~(t * classes) : t * classes;
    }
    this.delta = go;
    this.outRule = Int32Array.from(outRule);
    this.outLen = Int32Array.from(outLen);
    this.maxLength = Int32Array.from(rules.map((r) => r.maxLength));
    this.mergeGap = Int32Array.from(rules.map((r) => Math.max(MERGE_GAP, r.maxLength)));
    this.ranges = rules.map(() => []);
  }

  /** Possible match starts per rule (index as given to the constructor) in `text`. */
  scan(text: string): StartRanges {
    const { classOf, delta, alphabet, outStart, outRule, outLen, maxLength, mergeGap, ranges, touched } = this;
    for (const r of touched) ranges[r]!.length = 0;
    touched.length = 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      row = delta[row + classOf[text.charCodeAt(i)]!]!;
      if (row >= 0) continue;
      row = ~row;
      const s = row / alphabet;
      const to = outStart[s + 1]!;
      for (let k = outStart[s]!; k < to; k++) {
        const r = outRule[k]!;
        const end = i + 1;
        // A match holding this anchor ends at or after `end` and spans at most maxLength units.
        const lo = Math.max(0, end - maxLength[r]!);
        const hi = end - outLen[k]!;
        const list = ranges[r]!;
        const n = list.length;
        if (n > 0 && lo <= list[n - 1]! + mergeGap[r]!) {
          if (hi > list[n - 1]!) list[n - 1] = hi;
        } else {
          if (n === 0) touched.push(r);
          list.push(lo, hi);
        }
      }
    }
    return ranges;
  }
}
