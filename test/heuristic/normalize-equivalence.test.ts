// The fast normaliser must reproduce the original per-character one exactly: the same folded text and
// the same map back to the original, on the corpora, real web pages and random obfuscated strings.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { adversarialInputs, englishTexts, htmlPage, rng } from '../../bench/corpus.js';
import { normalize } from '../../inference/text/normalize.js';
import { ATTACKS, BENIGN, MULTILINGUAL_OVERRIDES } from './corpus.js';
import { referenceNormalize } from './reference-normalize.js';
import { benignPages } from '../helpers/benign-pages.js';


function assertSame(text: string, label: string): void {
  const fast = normalize(text);
  const ref = referenceNormalize(text);
  assert.equal(fast.text, ref.text, `${label}: folded text`);
  const n = ref.text.length;
  for (let i = 0; i <= n; i++) {
    const a = fast.toOriginal(i, i + 1);
    const b = ref.toOriginal(i, i + 1);
    if (a[0] !== b[0] || a[1] !== b[1]) assert.deepEqual(a, b, `${label}: unit ${i}`);
    const c = fast.toOriginal(i, i);
    const d = ref.toOriginal(i, i);
    if (c[0] !== d[0] || c[1] !== d[1]) assert.deepEqual(c, d, `${label}: empty range at ${i}`);
  }
  assert.deepEqual(fast.toOriginal(0, n), ref.toOriginal(0, n), `${label}: whole text`);
}

// Pieces an attacker (or an ordinary page) mixes: letters, leet digits, spacers, look-alikes,
// invisibles, expansions (ß, ligatures), astral letters, tag characters, lone surrogates, CJK.
const PIECES = [
  'a', 'E', 'i', 'g', 'n', 'o', 'r', 'e', 'x', 'Z', '0', '1', '3', '4', '7', '9', '@', '$', ' ', ' ', ' ', '.', '-',
  '_', '*', '|', ',', '/', '\\', ':', '\'', '"', '`', '\t', '\n', '(', '!', 'é', 'Ï', 'ß', 'ﬁ', 'Ａ', 'ｇ', 'і', 'о',
  '\u200b', '\u202e', '\u0301', '\ufe0f', '𝐈', '𝐠', '😀', String.fromCodePoint(0xe0049), String.fromCodePoint(0xe0067),
  '\ud800', '\udc00', '忽', '略', 'й', 'İ', 'ǅ', '㎏',
];

function randomText(next: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += PIECES[Math.floor(next() * PIECES.length)]!;
  return out;
}

describe('normalize equals the reference normaliser', () => {
  it('on the attack and benign corpora', () => {
    const texts = [...ATTACKS.map((a) => a.text), ...Object.values(MULTILINGUAL_OVERRIDES), ...BENIGN];
    for (const t of texts) assertSame(t, t.slice(0, 40));
    assertSame(texts.join(' '), 'all corpora');
  });

  it('on obfuscated phrases, spaced-out runs and leetspeak in every position', () => {
    for (const t of [
      '', ' ', 'a', 'i g n o r e', '(i g n o r e all)', 'x i g n o', 'i.g.n.o.r.e a.l.l', 'i  g  n  o', 'a b c d e f',
      '1 2 3 4', 'a 1 b 2', '1gn0r3 4ll', 'a2220', 'h3ll0 w0rld 12345 abc123def 4ever', 'Ｉ ｇ ｎ ｏ ｒ ｅ',
      'i\u200b g n o r e', '𝐈 𝐠 𝐧 𝐨', 'M 0 0 L 1 1 Z', 'path d="m 0 0 l 1 1 z"', 'i-g-n-o-r-e   a-l-l',
    ]) {
      assertSame(t, JSON.stringify(t));
      assertSame(`Lead text. ${t}`, `lead + ${JSON.stringify(t)}`);
      assertSame(`${t} trailing ÿ`, `${JSON.stringify(t)} + non-ASCII tail`);
    }
  });

  it('on random mixtures of every kind of character', () => {
    const next = rng(2024);
    for (let i = 0; i < 400; i++) assertSame(randomText(next, 1 + Math.floor(next() * 300)), `random ${i}`);
  });

  it('on the bench corpora and adversarial runs', () => {
    for (const [i, t] of englishTexts(50).entries()) assertSame(t, `english ${i}`);
    assertSame(htmlPage(), 'html page');
    for (const [name, t] of Object.entries(adversarialInputs(32 * 1024))) assertSame(t, name);
  });

  it('on the real web pages of the benign dataset', function () {
    const pages = benignPages();
    if (!pages) this.skip();
    this.timeout(300_000);
    for (const row of pages) assertSame(row.text, row.source);
  });
});
