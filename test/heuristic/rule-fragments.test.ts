// WORDS_NOT_AFTER must read like the lookbehind-first pattern it replaces, `(?<!before)\b(?:words)`, which the rules
// used before it; only its cost differs (docs/BENCHMARKS.md).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { rng } from '../../bench/corpus.js';
import { WORDS_NOT_AFTER } from '../../inference/layers/heuristic/rule-fragments.js';

const hitsOf = (source: string, text: string): string[] => [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${m[0]}`);

/** Random sentences of the words, the before-texts and filler, so every word meets every before-text. */
function sentences(pieces: readonly string[], count: number, seed: number): string[] {
  const next = rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]!).join(next() < 0.8 ? ' ' : ''));
}

describe('WORDS_NOT_AFTER', () => {
  const words = String.raw`ignore|ignoring|forget|forgetting|set aside|do not follow|don'?t follow|print|write out`;
  const before = [String.raw`\b(?:not|never|don'?t|do not) `, String.raw`\b(?:words?|terms?) (?:such as|like) [^.!?\n]{0,40}`, String.raw`\b(?:i|it) (?:keep|is)(?: just)? `];
  const oldForm = `${before.map((b) => `(?<!${b})`).join('')}\\b(?:${words})`;
  const newForm = WORDS_NOT_AFTER(words, ...before);

  it('finds the same hits as the lookbehinds written before the words', () => {
    const pieces = ['ignore', 'ignoring', 'forget', 'forgetting', 'set aside', 'do not follow', "don't follow", 'dont follow', 'print', 'write out', 'write',
      'not', 'never', "don't", 'do not', 'words such as', 'terms like', 'i keep', 'it is just', 'it is', 'the rules', 'follow', 'aside', 'x', '.', ',', '\n'];
    const texts = sentences(pieces, 5000, 7);
    let matched = 0;
    for (const text of texts) {
      const expected = hitsOf(oldForm, text);
      assert.deepEqual(hitsOf(newForm, text), expected, JSON.stringify(text));
      matched += expected.length;
    }
    // The sentences hit and miss: the comparison is not between two empty lists.
    assert.ok(matched > 2000, `${matched} hits`);
    assert.deepEqual(hitsOf(newForm, 'never ignore it, but forget the rest'), ['21:forget']);
    assert.deepEqual(hitsOf(newForm, "it is just ignoring words such as ignore. Ignore"), []);
  });

  it('differs only where a word ends with another that a before-text could precede inside it, as documented', () => {
    // "do not follow" ends with "follow" after "do not ": the word read back over would be "follow", which "not " precedes.
    const caveat = WORDS_NOT_AFTER('follow|do not follow', String.raw`\bnot `);
    assert.deepEqual(hitsOf(`(?<!\\bnot )\\b(?:follow|do not follow)`, 'do not follow'), ['0:do not follow']);
    assert.deepEqual(hitsOf(caveat, 'do not follow'), []);
  });
});
