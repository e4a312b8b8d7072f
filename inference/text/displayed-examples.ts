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
import { foldPatternSource } from './normalize.js';
import type { TextView } from './text-view.js';

/** The highest weight a rule hit inside a displayed example keeps (below the policy's WARN at 0.4). */
export const EXAMPLE_CAP = 0.35;

/** Longest quotation or code block that may be an example. */
export const MAX_EXAMPLE_CHARS = 4000;

/** Visible text before and after a block searched for talk about attacks, and right before it for an introduction. */
const TALK_BEFORE = 1500;
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
    // Capture-the-flag write-ups: the challenge a prompt attack was tried on (a twenty-ninth-set page quoting the attack it tried).
    String.raw`\bctfs?\b|\bcapture[- ]the[- ]flag\b`,
    String.raw`\bphishing\b`,
    // "Markdown image exfil": the data theft an injection is for (a forty-third-set mailing-list post).
    String.raw`\bexfil(?:trat(?:e|es|ed|ing|ion|ions))?\b`,
    String.raw`\bhijack(?:s|ed|ing)?\b`,
    String.raw`\bpoison(?:ed|ing)?\b`,
    String.raw`\bmanipulat(?:e|es|ed|ion|ing)\b`,
    String.raw`\bsocial engineering\b`,
    String.raw`\b(?:circumvent\w*|bypass\w*|getting around|get around|trick(?:s|ed|ing)?|abus(?:e|es|ed|ing)|guardrails?|prompt hack\w*|blocklists?|denylists?)\b`,
    // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Chinese, Japanese.
    String.raw`\b(?:angriff\w*|injektion\w*|bösartig\w*|schädlich\w*|attaque\w*|malveillant\w*|ataque\w*|inyecci[oó]n\w*|malicios[oa]s?|attacc\w*|iniezion\w*|dannos[oi]|injeç(?:ão|ões)|aanval\w*|kwaadaardig\w*|atak\w*|złośliw\w*)`,
    '(?:атак|инъекц|вредонос|攻击|注入|越狱|攻撃|インジェクション|脱獄)',
  ]
    .map(foldPatternSource)
    .join('|'),
  'iu',
);

/**
 * The whole-text scans (this, MENTION, INTRODUCTION_ALL) read a view's text, which the normaliser has already
 * lower-cased, so they match case-sensitively: with the `i` flag each took three times as long (a 1 KB text's
 * MENTION scan 31 against 10 µs), and they run over every text the learned layers read and every page.
 */
const ATTACK_TALK_ALL = new RegExp(ATTACK_TALK.source, 'gu');
/** The attack vocabulary's source (folded, lower-case), for other whole-text measures (security-writing.ts). */
export const ATTACK_TALK_SOURCE = ATTACK_TALK.source;

/** Whether a passage (a sentence, a parenthesis) uses a word of writing about attacks (ATTACK_TALK) at least once. */
export function namesAttack(passage: string): boolean {
  return ATTACK_TALK.test(passage);
}

/** Matches of the attack vocabulary a text needs to be writing about attacks, and how many different words (a footer's "we block phishing and malicious attacks" is not enough). */
const TALK_MATCHES = 6;
const TALK_DISTINCT = 3;
/**
 * A short text (an advisory, a log line, a paragraph of a talk) names attacks fewer times: under SHORT_TALK_CHARS,
 * three matches in two words suffice. Measured on the thirteenth fresh set's tuning half (benign documents 13.3 → 8.4%
 * BLOCKed, no attack lost); of the training rows one harness jailbreak that names "payloads" and "inject" lost its rule
 * score, and the learned layers still BLOCK it.
 */
const SHORT_TALK_CHARS = 2500;
const SHORT_TALK_MATCHES = 3;
const SHORT_TALK_DISTINCT = 2;
/** Only this much of a text is searched: a page's vocabulary shows early. */
const TALK_SCAN_CHARS = 200_000;

/**
 * Whether a view's (lower-case) text as a whole is writing about attacks: the attack vocabulary (injection, jailbreak, payload,
 * malicious, …) at least TALK_MATCHES times, in at least three words (a short text: SHORT_TALK_MATCHES in two). A
 * prompt-injection explainer, a red-team report, a Q&A about a jailbroken bot; not a recipe, a product page or an
 * order to a model.
 */
export function writesAboutAttacks(text: string): boolean {
  if (text === lastText) return lastResult;
  let n = 0;
  const words = new Set<string>();
  ATTACK_TALK_ALL.lastIndex = 0;
  const scanned = text.length > TALK_SCAN_CHARS ? text.slice(0, TALK_SCAN_CHARS) : text;
  for (let m = ATTACK_TALK_ALL.exec(scanned); m !== null; m = ATTACK_TALK_ALL.exec(scanned)) {
    n++;
    words.add(m[0].toLowerCase().replace(/^prompt[- ]?/, '').slice(0, 5));
    if (n >= TALK_MATCHES && words.size >= TALK_DISTINCT) break;
  }
  lastText = text;
  lastResult = (n >= TALK_MATCHES && words.size >= TALK_DISTINCT) || (text.length <= SHORT_TALK_CHARS && n >= SHORT_TALK_MATCHES && words.size >= SHORT_TALK_DISTINCT);
  return lastResult;
}
let lastText = '';
let lastResult = false;

/**
 * A lighter test than writesAboutAttacks, for the quoted-example frames that security mail uses (quiz items,
 * excerpts, examples on their own lines): the text names attacks, phishing or something suspicious at least
 * twice. Its words are those of phishing warnings ("phish", "suspicious", "scam", "spoof", "fraud"), of leaks (an incident
 * review of a copilot "leaking account data", thirty-sixth set) as well as of
 * attacks on models, in English and the languages security mail is most often written in, so it is a vocabulary
 * of its own rather than ATTACK_TALK with a lower count.
 */
const MENTION = new RegExp(
  foldPatternSource(
    String.raw`\b(?:(?:prompt[- ]?)?inject(?:ion|ions|ed|ing)|jailbr(?:eak|eaks|oken)|attack(?:s|er|ers)?|payloads?|malicious|phish\w{0,6}|suspicious|scam\w{0,4}|spoof\w{0,4}|exploit\w{0,5}|hijack\w{0,3}|fraud\w{0,6}|exfil(?:trat\w{0,5})?|leak(?:s|ed|ing|age)?)\b|\b(?:angriff\w{0,3}|injektion\w{0,3}|betrug\w{0,3}|betrüger\w{0,3}|verdächtig\w{0,3}|gefälscht\w{0,3}|attaque\w{0,2}|hameçonnage|arnaque\w{0,2}|frauduleu\w{0,3}|ataques?|estafas?|fraudulent[oa]s?|sospechos[oa]s?|attacc\w{0,3}|truffa|truffe|sospett[oi]|golpes?|aanval\w{0,3}|oplichting|verdacht\w{0,2}|oszust\w{0,4}|atak\w{0,3})\b|атак|мошенн|фишинг|インジェクション|攻撃|注入|攻击|フィッシング|钓鱼|詐欺|诈骗`,
  ),
  'gu',
);

/** Whether a view's (lower-case) text names attacks at least twice (first 200,000 characters); asked once per text, remembered. */
export function mentionsAttacks(text: string): boolean {
  if (text === mentionedText) return mentioned;
  MENTION.lastIndex = 0;
  const scanned = text.length > 200_000 ? text.slice(0, 200_000) : text;
  mentionedText = text;
  mentioned = MENTION.exec(scanned) !== null && MENTION.exec(scanned) !== null;
  return mentioned;
}
let mentionedText = '';
let mentioned = false;

/** What introduces an example right before it: "for example:", "such as", "a user might type:", "Output:". */
const INTRODUCTION = new RegExp(
  [
    String.raw`\bexamples?\b`,
    String.raw`\bfor instance\b`,
    String.raw`\be\.g\.`,
    String.raw`\bsuch as\b`,
    String.raw`\blike (?:this|so)\b`,
    String.raw`\blooks? like\b`,
    String.raw`\b(?:might|could|would|may|can) (?:type|write|say|send|paste|enter|ask)\b`,
    String.raw`\b(?:templates?|samples?|snippets?)\b`,
    // What a code sample prints, labelled right before it: "Output:", "This prints:", "Renders as:".
    String.raw`\b(?:output|prints|produces|renders(?: as| to)?|results?|returns|yields)\s?:`,
    // "users keep getting around it with messages like:", "requests containing things like:".
    String.raw`\b(?:messages?|prompts?|inputs?|requests?|things|stuff|lines?|texts?|strings?|phrases?|comments?|queries|payloads?)(?: [\w'-]+){0,2} like\b`,
    String.raw`\b(?:beispiel\w*|exemple\w*|ejemplo\w*|esempio|esempi|exemplo\w*|voorbeeld\w*|przykład\w*|пример\w*|例如|比如|例えば)`,
  ]
    .map(foldPatternSource)
    .join('|'),
  'iu',
);
const INTRODUCTION_ALL = new RegExp(INTRODUCTION.source, 'gu');

const cache = new WeakMap<PageTextView, number[]>();

/**
 * [start, end) pairs (flat, in order) of the view's quotation and code blocks that are examples. The
 * attack vocabulary and the introductions are found once over the page's visible text, and each block
 * looks up the matches near it, so a page of thousands of blocks costs one scan.
 */
export function exampleSegments(view: PageTextView): number[] {
  let out = cache.get(view);
  if (out !== undefined) return out;
  out = [];
  const ranges = blocks(view);
  if (ranges.length > 0) {
    // A page that as a whole writes about attacks shows its quotations and code as examples, wherever they sit.
    const pageTalks = pageWritesAboutAttacks(view);
    const talk = pageTalks ? [] : visibleMatches(view, ATTACK_TALK_ALL);
    const intro = pageTalks ? [] : visibleMatches(view, INTRODUCTION_ALL);
    for (const [s, e] of ranges) {
      if (e - s > MAX_EXAMPLE_CHARS) continue;
      if (pageTalks || anyIn(talk, s - TALK_BEFORE, s) || anyIn(talk, e, e + TALK_AFTER) || anyIn(intro, s - INTRO_BEFORE, s)) out.push(s, e);
    }
  }
  cache.set(view, out);
  return out;
}

const pageTalk = new WeakMap<PageTextView, boolean>();
const pageVisible = new WeakMap<PageTextView, string>();

/** A page's visible text, the unseen runs left out, built once per view (the measures of a page's vocabulary read it). */
export function pageVisibleText(view: PageTextView): string {
  let text = pageVisible.get(view);
  if (text === undefined) {
    text = visibleText(view, 0, view.text.length);
    pageVisible.set(view, text);
  }
  return text;
}

/** Whether the visible text of a page writes about attacks (writesAboutAttacks; hidden words never count). */
export function pageWritesAboutAttacks(view: PageTextView): boolean {
  let talks = pageTalk.get(view);
  if (talks === undefined) {
    talks = writesAboutAttacks(pageVisibleText(view));
    pageTalk.set(view, talks);
  }
  return talks;
}

/** Start offsets, in order, of the matches of a global regex in the view's text outside its unseen runs. */
function visibleMatches(view: PageTextView, regex: RegExp): number[] {
  const out: number[] = [];
  const hidden = view.hiddenRanges;
  let h = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(view.text); m !== null; m = regex.exec(view.text)) {
    if (m[0].length === 0) regex.lastIndex++;
    while (h < hidden.length && hidden[h]![1] <= m.index) h++;
    if (h < hidden.length && hidden[h]![0] <= m.index) continue;
    out.push(m.index);
  }
  return out;
}

/** Whether a sorted list of offsets holds one in [from, to). */
function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/**
 * A line that is one quotation from end to end: a table cell of example prompts, a list of them. In a
 * page's text every cell and list item is a line of its own.
 */
const QUOTED_LINE = /^[ \t]*["“„«][^\n\r]{8,}["”“»][ \t]*$/gm;

/** The view's quotation and code elements, and its lines that are one quotation, in order. */
function blocks(view: PageTextView): ReadonlyArray<readonly [number, number]> {
  const lines: Array<readonly [number, number]> = [];
  QUOTED_LINE.lastIndex = 0;
  for (let m = QUOTED_LINE.exec(view.text); m !== null; m = QUOTED_LINE.exec(view.text)) lines.push([m.index, m.index + m[0].length]);
  if (lines.length === 0) return view.quotedRanges;
  // Merged in order; a line inside an element is already covered by it.
  const out: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  const ranges = view.quotedRanges;
  while (i < ranges.length || j < lines.length) {
    const next = j >= lines.length || (i < ranges.length && ranges[i]![0] <= lines[j]![0]) ? ranges[i++]! : lines[j++]!;
    const last = out[out.length - 1];
    if (last !== undefined && next[0] < last[1]) continue;
    out.push(next);
  }
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

const sources = new WeakMap<PageTextView, number[]>();

/**
 * Whether [start, end) of the submitted page (not of the view: a payload decoded from a base64 blob in a
 * code block maps back to the blob) lies inside a displayed example.
 */
export function inExampleSource(view: PageTextView, start: number, end: number): boolean {
  let spans = sources.get(view);
  if (spans === undefined) {
    const segments = exampleSegments(view);
    spans = [];
    for (let k = 0; k < segments.length; k += 2) spans.push(...view.toOriginal(segments[k]!, segments[k + 1]!));
    sources.set(view, spans);
  }
  for (let k = 0; k < spans.length; k += 2) if (spans[k]! <= start && end <= spans[k + 1]!) return true;
  return false;
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
  return isPageView(view) ? blankSpans(view.text, exampleSegments(view)) : view.text;
}

/** `text` with the flat [start, end) pairs of `spans` (in order) replaced by spaces, so every offset holds. */
export function blankSpans(text: string, spans: readonly number[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += text.slice(at, spans[k]!) + ' '.repeat(spans[k + 1]! - spans[k]!);
    at = spans[k + 1]!;
  }
  return out + text.slice(at);
}
