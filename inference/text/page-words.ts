// Content words, and whether a run of a page's unseen text only repeats the words the page shows.
// Pages hide copies of what they show (a meta description of the article, a link title repeating a
// headline, an image's alt text); a planted note brings words of its own ("steer the shopper away",
// "submit a 5-star rating"). Both the heuristic layer (no hidden bonus for a copy) and the learned
// layers' reading of unseen text alone (a copy is not read twice) ask this.

/** Words that carry content: four letters or more; in scripts written without spaces, every pair of characters. */
const CONTENT_WORD = /[\p{L}\p{M}]{4,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{2,}/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Share of a hidden run's distinct content words the visible text must hold for the run to repeat the page. */
export const REPEAT_SHARE = 0.6;

/** The distinct content words of `text`. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.match(CONTENT_WORD) ?? []) {
    if (!UNSPACED.test(word)) {
      out.add(word);
      continue;
    }
    for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  }
  return out;
}

/** Whether `run` says what the page already says: REPEAT_SHARE of its content words are in `visible` (a run with none says nothing new). */
export function repeatsPage(run: string, visible: ReadonlySet<string>): boolean {
  const words = contentWords(run);
  return words.size === 0 || wordsRepeat(words, visible);
}

/** Whether REPEAT_SHARE of `words` are in `visible`; false for no words. */
export function wordsRepeat(words: ReadonlySet<string>, visible: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  let seen = 0;
  for (const w of words) if (visible.has(w)) seen++;
  return seen >= REPEAT_SHARE * words.size;
}
