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
export const MERGE_GAP = 64;

export class AnchorIndex {
  /** Per UTF-16 unit: its class, 0 when no anchor holds it. ASCII units take classes below #ascii, others from there. */
  private readonly classOf = new Uint16Array(0x10000);
  /** Classes of ASCII units, the row width of #delta (class 0 included). */
  private readonly ascii: number;
  /**
   * The automaton's moves on ASCII units, dense: per state a row of #ascii entries, each the target's row offset
   * (state × #ascii), bit-inverted when the target has outputs, so the hot loop needs one load per character and
   * a sign test. A dense row over every class (898 with the rules' CJK, Cyrillic and other anchors) made this table
   * 126 MB in each worker, and most of a scan's time was cache misses in it.
   */
  private readonly delta: Int32Array;
  /**
   * Trie edges on other units, per state [edgeStart[s], edgeStart[s + 1]), sorted by class: class and target; the
   * root's as a table by class (#rootMove), since every first unit of a CJK or Cyrillic anchor is one of them.
   * A move follows the failure links (#fail) to a state with an edge on the class, or to the root.
   */
  private readonly rootMove: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeClass: Int32Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Per state [outStart[s], outStart[s + 1]) indexes outRule/outLen; failure outputs included. */
  private readonly outStart: Int32Array;
  private readonly outRule: Int32Array;
  private readonly outLen: Int32Array;
  private readonly maxLength: Int32Array;
  private readonly mergeGap: Int32Array;
  private readonly ranges: number[][];
  /** Rules given ranges by the last scan: only these need clearing before the next one. */
  private readonly touched: number[] = [];

  constructor(rules: readonly AnchoredRule[]) {
    // ASCII units first, so their classes are the dense table's columns.
    const units = new Set<number>();
    for (const rule of rules) for (const a of rule.anchors) for (let i = 0; i < a.length; i++) units.add(a.charCodeAt(i));
    const sorted = [...units].sort((x, y) => x - y);
    let classes = 1;
    for (const u of sorted) if (u < 0x80) this.classOf[u] = classes++;
    this.ascii = classes;
    for (const u of sorted) if (u >= 0x80) this.classOf[u] = classes++;
    // Trie first, with sparse edges.
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
    const A = this.ascii;
    // The other units' edges, flat and sorted, and the root's table: moveOther reads them, here and in scan().
    this.edgeStart = new Int32Array(states + 1);
    const edgeClass: number[] = [];
    const edgeTarget: number[] = [];
    this.rootMove = new Int32Array(classes);
    for (const [c, t] of edges[0]!) this.rootMove[c] = t;
    for (let s = 0; s < states; s++) {
      this.edgeStart[s] = edgeClass.length;
      const other = [...edges[s]!].filter(([c]) => c >= A).sort((x, y) => x[0] - y[0]);
      for (const [c, t] of other) { edgeClass.push(c); edgeTarget.push(t); }
    }
    this.edgeStart[states] = edgeClass.length;
    this.edgeClass = Int32Array.from(edgeClass);
    this.edgeTarget = Int32Array.from(edgeTarget);
    // Breadth-first: a state's failure target and its row are complete before the state's children are filled.
    const go = new Int32Array(states * A);
    const fail = new Int32Array(states);
    // moveOther follows failure links: set, since breadth-first, for every state shallower than the one being filled.
    this.fail = fail;
    const queue: number[] = [];
    for (const [c, t] of edges[0]!) {
      if (c < A) go[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      for (const [r, len] of ends[f]!) {
        const own = ends[s]!.get(r);
        ends[s]!.set(r, own === undefined ? len : Math.min(own, len));
      }
      go.set(go.subarray(f * A, f * A + A), s * A);
      for (const [c, t] of edges[s]!) {
        if (c < A) {
          fail[t] = go[f * A + c]!;
          go[s * A + c] = t;
        } else {
          fail[t] = this.moveOther(f, c);
        }
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
    for (let k = 0; k < go.length; k++) go[k] = this.rowOf(go[k]!);
    this.delta = go;
    this.outRule = Int32Array.from(outRule);
    this.outLen = Int32Array.from(outLen);
    this.maxLength = Int32Array.from(rules.map((r) => r.maxLength));
    this.mergeGap = Int32Array.from(rules.map((r) => Math.max(MERGE_GAP, r.maxLength)));
    this.ranges = rules.map(() => []);
  }

  /** The #delta encoding of state `t`: its row offset, bit-inverted when it has outputs. */
  private rowOf(t: number): number {
    return this.outStart[t + 1]! > this.outStart[t]! ? ~(t * this.ascii) : t * this.ascii;
  }

  /** The move from state `s` on a non-ASCII class `c`: its own edge, or its failure states', or the root. */
  private moveOther(s: number, c: number): number {
    const { edgeStart, edgeClass, edgeTarget, fail } = this;
    while (s !== 0) {
      // Binary search: a state's edges are few, a branching one (after a common first character) has dozens.
      let lo = edgeStart[s]!;
      let hi = edgeStart[s + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (edgeClass[mid]! < c) lo = mid + 1;
        else hi = mid;
      }
      if (lo < edgeStart[s + 1]! && edgeClass[lo] === c) return edgeTarget[lo]!;
      s = fail[s]!;
    }
    return this.rootMove[c]!;
  }

  /** Possible match starts per rule (index as given to the constructor) in `text`. */
  scan(text: string): StartRanges {
    const { classOf, delta, ascii, outStart, outRule, outLen, maxLength, mergeGap, ranges, touched } = this;
    for (const r of touched) ranges[r]!.length = 0;
    touched.length = 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x80) {
        row = delta[row + classOf[unit]!]!;
        if (row >= 0) continue;
        row = ~row;
      } else {
        const c = classOf[unit]!;
        if (c === 0) {
          row = 0;
          continue;
        }
        const t = this.moveOther(row / ascii, c);
        row = t * ascii;
        if (outStart[t + 1]! === outStart[t]!) continue;
      }
      const s = row / ascii;
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

