// How a run of text a human reader never sees is hidden in the page's markup (comment, attribute,
// hidden element); text/unseen-text.ts finds the runs.

const ATTRIBUTE_BEFORE = /([a-z][a-z0-9:-]{0,30})\s*=\s*["']?$/i;

/** How [start, end) of the page `html` is hidden: "HTML comment", "alt attribute", or a hidden element. */
export function concealmentKind(html: string | undefined, start: number, end: number): string {
  if (html === undefined) return 'hidden element, comment or attribute';
  const open = html.lastIndexOf('<!--', start);
  if (open >= 0) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0 || close >= end - 1) return 'HTML comment';
  }
  const lt = html.lastIndexOf('<', start);
  const gt = html.lastIndexOf('>', start - 1);
  if (lt > gt) {
    const name = ATTRIBUTE_BEFORE.exec(html.slice(Math.max(lt, start - 48), start))?.[1]?.toLowerCase();
    return name === undefined ? 'attribute' : `${name} attribute`;
  }
  return 'display:none / invisible element';
}

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

/**
 * Whether a hidden run says what the page already says: most of its content words are in the visible
 * text (a meta description of the article, a link title repeating a headline, an image's alt text). A
 * planted note brings its own words ("steer the shopper away", "submit a 5-star rating").
 */
export function repeatsPage(run: string, visible: ReadonlySet<string>): boolean {
  const words = contentWords(run);
  if (words.size === 0) return true;
  let seen = 0;
  for (const w of words) if (visible.has(w)) seen++;
  return seen >= REPEAT_SHARE * words.size;
}
