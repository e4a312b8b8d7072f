// Attacks a page shows as examples. Security writing sets the attacks it explains apart in a blockquote
// or a code block ("a user might type: <blockquote>Ignore all previous instructions …</blockquote>"),
// and prompt-engineering guides show system prompts in <pre>. Such a block is an example when the visible
// prose around it talks about attacks (injection, jailbreak, payload, malicious, …) or introduces it
// right before ("for example", "such as", "a user might type"). The heuristic layer caps what it finds
// inside one below WARN, as it does for an inline quotation (quoted-example.ts); the learned layers read
// the page with its examples blanked (document-windows.ts), so an example neither scores alone nor
// lifts the 512-character windows of prose around it.
//
// Only visible text counts, for the block and for its context: hidden words cannot turn an attack into an
// example, and a hidden instruction inside a block is still unseen text, read and judged apart. A block
// longer than MAX_EXAMPLE_CHARS is no example (an unclosed <code> would otherwise quote the whole page).
import { isPageView, type PageTextView } from './document-views.js';
import type { TextView } from './text-view.js';

/** The highest weight a rule hit inside a displayed example keeps (below the policy's WARN at 0.4). */
export const EXAMPLE_CAP = 0.35;

/** Longest quotation or code block that may be an example. */
export const MAX_EXAMPLE_CHARS = 4000;

/** Visible text before and after a block searched for talk about attacks, and right before it for an introduction. */
const TALK_BEFORE = 800;
const TALK_AFTER = 400;
const INTRO_BEFORE = 200;

/** Words of writing about attacks, in the languages security writing is most often read in. */
const ATTACK_TALK = new RegExp(
  [
    String.raw`\b(?:prompt[- ]?)?inject(?:ion|ions|ed|ing|s)?\b`,
    String.raw`\bjailbr(?:eak|eaks|eaking|oken)\b`,
    String.raw`\battack(?:s|er|ers|ed|ing)?\b`,
    String.raw`\bpayloads?\b`,
    String.raw`\bmalicious\b`,
    String.raw`\badversarial\b`,
    String.raw`\bexploit(?:s|ed|ing|ation)?\b`,
    String.raw`\bred[- ]team(?:s|ing|ers)?\b`,
    String.raw`\bphishing\b`,
    String.raw`\bhijack(?:s|ed|ing)?\b`,
    String.raw`\bpoison(?:ed|ing)?\b`,
    String.raw`\bmanipulat(?:e|es|ed|ion|ing)\b`,
    String.raw`\bsocial engineering\b`,
    // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Chinese, Japanese.
    String.raw`\b(?:angriff\w*|injektion\w*|bösartig\w*|schädlich\w*|attaque\w*|malveillant\w*|ataque\w*|inyecci[oó]n\w*|malicios[oa]s?|attacc\w*|iniezion\w*|dannos[oi]|injeç(?:ão|ões)|aanval\w*|kwaadaardig\w*|atak\w*|złośliw\w*)`,
    '(?:атак|инъекц|вредонос|攻击|注入|越狱|攻撃|インジェクション|脱獄)',
  ].join('|'),
  'iu',
);

/** What introduces an example right before it: "for example:", "such as", "a user might type:". */
const INTRODUCTION = new RegExp(
  [
    String.raw`\bexamples?\b`,
    String.raw`\bfor instance\b`,
    String.raw`\be\.g\.`,
    String.raw`\bsuch as\b`,
    String.raw`\blike (?:this|so)\b`,
    String.raw`\blooks? like\b`,
    String.raw`\b(?:might|could|would|may|can) (?:type|write|say|send|paste|enter|ask)\b`,
    String.raw`\b(?:typed|wrote|pasted|entered|sent)\b`,
    String.raw`\b(?:templates?|samples?|snippets?)\b`,
    String.raw`\b(?:beispiel\w*|exemple\w*|ejemplo\w*|esempio|esempi|exemplo\w*|voorbeeld\w*|przykład\w*|пример\w*|例如|比如|例えば)`,
  ].join('|'),
  'iu',
);

const cache = new WeakMap<PageTextView, number[]>();

/** [start, end) pairs (flat, in order) of the view's quotation and code blocks that are examples. */
export function exampleSegments(view: PageTextView): number[] {
  let out = cache.get(view);
  if (out !== undefined) return out;
  out = [];
  for (const [s, e] of view.quotedRanges) {
    if (e - s > MAX_EXAMPLE_CHARS) continue;
    const before = visibleText(view, Math.max(0, s - TALK_BEFORE), s);
    const after = visibleText(view, e, Math.min(view.text.length, e + TALK_AFTER));
    if (ATTACK_TALK.test(before) || ATTACK_TALK.test(after) || INTRODUCTION.test(before.slice(-INTRO_BEFORE))) out.push(s, e);
  }
  cache.set(view, out);
  return out;
}

/** view.text[from, to) without the unseen runs in it. */
function visibleText(view: PageTextView, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const [s, e] of view.hiddenRanges) {
    if (e <= at) continue;
    if (s >= to) break;
    if (s > at) text += view.text.slice(at, s);
    at = Math.max(at, e);
  }
  if (at < to) text += view.text.slice(at, to);
  return text;
}

/** Whether position `pos` of the view lies inside a displayed example. */
export function inExample(view: PageTextView, pos: number): boolean {
  const segments = exampleSegments(view);
  for (let k = 0; k < segments.length; k += 2) {
    if (segments[k]! > pos) return false;
    if (pos < segments[k + 1]!) return true;
  }
  return false;
}

/**
 * The view's text with its displayed examples blanked (same length, so offsets hold): what the learned
 * layers read of a page. `text` itself when the page shows no example.
 */
export function withoutExamples(view: TextView): string {
  if (!isPageView(view) || view.quotedRanges.length === 0) return view.text;
  const segments = exampleSegments(view);
  if (segments.length === 0) return view.text;
  let out = '';
  let at = 0;
  for (let k = 0; k < segments.length; k += 2) {
    out += view.text.slice(at, segments[k]!) + ' '.repeat(segments[k + 1]! - segments[k]!);
    at = segments[k + 1]!;
  }
  return out + view.text.slice(at);
}
