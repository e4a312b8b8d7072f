// The anchor automaton against a naive search: every occurrence of every anchor, ranges merged the same way.
// Anchors and texts mix ASCII with other scripts, since the automaton moves on the two differently (a dense
// table for ASCII, trie edges and failure links for the rest).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { rng } from '../../bench/corpus.js';
import { AnchorIndex, MERGE_GAP, type AnchoredRule } from '../../inference/layers/heuristic/anchor-index.js';
import { compileFamilies } from '../../inference/layers/heuristic/patterns.js';
import { buildViews } from '../../inference/text/deobfuscate.js';
import { MULTILINGUAL_OVERRIDES } from './corpus.js';


/** Ranges as AnchorIndex.scan defines them, by searching each anchor at every position. */
function naiveRanges(rules: readonly AnchoredRule[], text: string): number[][] {
  return rules.map((rule) => {
    const out: number[] = [];
    const gap = Math.max(MERGE_GAP, rule.maxLength);
    for (let end = 1; end <= text.length; end++) {
      let shortest = Infinity;
      for (const a of rule.anchors) if (a.length <= end && text.startsWith(a, end - a.length)) shortest = Math.min(shortest, a.length);
      if (shortest === Infinity) continue;
      const lo = Math.max(0, end - rule.maxLength);
      const hi = end - shortest;
      const n = out.length;
      if (n > 0 && lo <= out[n - 1]! + gap) out[n - 1] = Math.max(out[n - 1]!, hi);
      else out.push(lo, hi);
    }
    return out;
  });
}

function assertSameRanges(rules: readonly AnchoredRule[], index: AnchorIndex, text: string, label: string): void {
  const got = index.scan(text).map((r) => [...r]);
  assert.deepEqual(got, naiveRanges(rules, text), label);
}

describe('anchor index', () => {
  it('finds every anchor, overlapping and nested, in ASCII and other scripts alike', () => {
    const next = rng(11);
    const alphabet = ['a', 'b', 'c', ' ', 'й', 'и', '中', '文', 'ß', '.'];
    const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');
    for (let round = 0; round < 40; round++) {
      const rules: AnchoredRule[] = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
        anchors: Array.from({ length: 1 + Math.floor(next() * 4) }, () => word(1 + Math.floor(next() * 4))),
        maxLength: 1 + Math.floor(next() * 100),
      }));
      const index = new AnchorIndex(rules);
      for (let t = 0; t < 5; t++) assertSameRanges(rules, index, word(Math.floor(next() * 400)) + 'x' + word(50), `round ${round}`);
    }
  });

  it('gives the rule layer the same ranges as a naive search, on multilingual attacks', () => {
    const rules = compileFamilies().flatMap((f) => f.rules).filter((r) => r.anchors !== null && r.anchors.length > 0 && Number.isFinite(r.maxLength));
    const anchored = rules.map((r) => ({ anchors: r.anchors!, maxLength: r.maxLength }));
    const index = new AnchorIndex(anchored);
    for (const [language, text] of Object.entries(MULTILINGUAL_OVERRIDES)) {
      for (const view of buildViews(text)) assertSameRanges(anchored, index, view.text, language);
    }
    assertSameRanges(anchored, index, buildViews(Object.values(MULTILINGUAL_OVERRIDES).join(' '))[0]!.text, 'all languages in one text');
  });
});
