// Spaced-out runs that collapse rejects ("1 1 1 …", "a b 1 2 …") are copied whole and passed, not
// measured again from each of their characters: 256 KB of them normalise within the mocha timeout (the
// per-character restart took minutes), with output identical to that per-character algorithm.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { rng } from '../../bench/corpus.js';
import { buildViews } from '../../inference/text/deobfuscate.js';
import { normalize } from '../../inference/text/normalize.js';
import { collapseSpacedOut } from '../../inference/text/word-joining.js';
import { referenceCollapseSpacedOut } from '../heuristic/reference-normalize.js';

const KB = 1024;

// The per-character algorithm the fix replaced (a rejected run advanced one character and was measured
// again from the next) is the normalisation reference's: the output must be the same.
type Collapse = typeof collapseSpacedOut;

function run(collapse: Collapse, text: string, from: number): { text: string; starts: number[]; ends: number[] } {
  const n = text.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) { codes[i] = text.charCodeAt(i); starts[i] = 2 * i; ends[i] = 2 * i + 1; }
  const len = collapse(codes, starts, ends, n, from);
  return { text: String.fromCharCode(...codes.subarray(0, len)), starts: [...starts.subarray(0, len)], ends: [...ends.subarray(0, len)] };
}

function assertSameAsReference(text: string, from: number, label: string): void {
  assert.deepEqual(run(collapseSpacedOut, text, from), run(referenceCollapseSpacedOut, text, from), label);
}

// Folded units: isolated letters and digits, spacers of every kind, gaps of 1 to 4, words, punctuation.
const PIECES = [
  'a', 'b', 'i', 'g', 'n', 'o', 'r', 'e', 'z', '0', '1', '3', '7', '9', ' ', ' ', ' ', '  ', '   ', '    ', '.', '-', '_', '*', '|',
  '+', '~', ',', '/', '\\', ':', ';', "'", '"', '`', '\t', '\n', '!', '(', 'ab', 'ok', '12', 'é', '忽',
];

function randomText(next: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += PIECES[Math.floor(next() * PIECES.length)]!;
  return out;
}

describe('collapseSpacedOut on rejected runs', () => {
  it('normalises 256 KB of a rejected spaced run after a collapsed one within the mocha timeout', () => {
    const head = 'a b c d!! ';
    const text = head + '1 '.repeat((256 * KB - head.length) >> 1);
    assert.equal(text.length, 256 * KB);
    const view = normalize(text);
    assert.equal(view.text, `abcd!! ${'1 '.repeat((256 * KB - head.length) >> 1)}`);
    assert.deepEqual(view.toOriginal(7, 8), [head.length, head.length + 1]);
  });

  it('builds the views of 256 KB of rejected runs of other shapes within the mocha timeout', () => {
    // Digits only, or fewer than three letters: never joined, however long the run.
    for (const [lead, unit] of [['', '7.'], ['a ', '1  2   3 '], ['a b ', '0,'], ['a 1 ', '2 ']] as const) {
      const text = ('i g n o r e!! ' + lead + unit.repeat(128 * KB)).slice(0, 256 * KB);
      const views = buildViews(text);
      assert.ok(views[0]!.text.startsWith('ignore!! '), `${lead}${unit}`);
      assert.equal(views[0]!.text.length, text.length - 'i g n o r e'.length + 'ignore'.length, `${lead}${unit}`);
    }
  });

  it('matches the per-character algorithm on crafted runs', () => {
    const crafted = [
      '', 'a', 'a b', 'a b c', 'a b c d', '1 2 3 4', 'a 1 b 2', 'a b 1 2 c', 'a b c 1', '1 a b c', 'a b c d!! 1 1 1 1 1',
      '1 1 1 a b c d', 'a b ab c d e f', 'a  b  c  d', 'a    b c d e', 'a b c d e f g h', 'i-g-n-o-r-e   a-l-l', 'x1 a b c d',
      'a b c d1', '1 2 3 4 5 6 7 8 9 a b', 'a.b.c', 'a.b.c.d.e', 'a ,b ,1 ,2 ,3', 'zz a b c zz 1 2 3 4 5 a b c d', '1 2 a b 3 c d',
    ];
    for (const t of crafted) {
      for (let from = 0; from <= t.length; from++) assertSameAsReference(t, from, `${JSON.stringify(t)} from ${from}`);
      assertSameAsReference(`lead ${t} tail`, 0, `in prose: ${JSON.stringify(t)}`);
    }
  });

  it('matches the per-character algorithm on random mixtures of letters, digits and spacers', () => {
    const next = rng(4242);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next, 1 + Math.floor(next() * 200));
      const from = Math.floor(next() * Math.min(text.length, 20));
      assertSameAsReference(text, from, `random ${i}: ${JSON.stringify(text)} from ${from}`);
    }
  });

  it('matches the per-character algorithm on long rejected runs between collapsed ones', () => {
    const next = rng(99);
    const runs = ['1 ', '1.', 'a 1 ', 'a b 1 ', '9  ', 'a 1 2 '];
    for (let i = 0; i < 200; i++) {
      let text = '';
      for (let k = 0; k < 6; k++) {
        text += next() < 0.5 ? 'i g n o r e ' : 'word ';
        text += runs[Math.floor(next() * runs.length)]!.repeat(1 + Math.floor(next() * 60));
        text += next() < 0.5 ? '! ' : '';
      }
      assertSameAsReference(text, 0, `long runs ${i}`);
    }
  });
});
