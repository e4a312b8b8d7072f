// Multi-turn scanning, part two: folds the conversation view's scores and findings into the current
// text's, but only when the current text takes part in what the earlier turns set up.
import { closingParen } from '../layers/heuristic/pattern-shape.js';
import { FAMILY_SOURCES } from '../layers/heuristic/patterns.js';
import { POLICY_WARN } from '../models/score-calibration.js';
import { WINDOW_LAYERS } from '../sanitize.js';
import type { Finding, LayerScores } from '../scan-types.js';

export interface ScoredText {
  text: string;
  scores: LayerScores;
  findings: Finding[];
}

export interface ScoredView extends ScoredText {
  currentStart: number;
}

/** A current text scoring at least this on its own already continues whatever came before. */
const OWN_SIGNAL_FLOOR = 0.1;

/** Function words that link any two sentences; a shared word must be more specific to count. */
const COMMON_WORDS = new Set(
  ('the and for are you your yours with this that these those what when where which who why how now then from into ' +
    'can could will would should shall may might must have has had was were been being not but just like about ' +
    'please tell give show let lets all any some our ours their them they there here its also very more most ' +
    'only over under again still even really okay great thanks thank yes sure well good want need know make does did ' +
    'der die das und ist ein eine nicht mit sie ich wir ihr les des une est pas que qui por los las una que')
    .split(' '),
);

/**
 * The heuristic families whose words are the vocabulary of instructions themselves: what to ignore or
 * reveal and how ("ignore all previous instructions", "reveal your system prompt", "safety: off").
 * Every such attack uses them, so a later text sharing one ("the previous results of the election")
 * shares nothing specific. The other families are left out on purpose: their words include persona
 * names ("DAN") and the nouns a set-up defines ("remember this phrase"), which should link turns.
 */
const INSTRUCTION_FAMILIES: ReadonlySet<string> = new Set(['instruction_override', 'system_prompt_extraction', 'config_injection']);
/** A word also counts as instruction vocabulary when a stem of it does ("ignor" → "ignored"): at least this long… */
const MIN_STEM = 5;
/** …and at most this many letters shorter than the word (an inflection, not a different word). */
const MAX_INFLECTION = 4;

let instructionVocabulary: ReadonlySet<string> | undefined;

/** The words and keyword stems of the INSTRUCTION_FAMILIES' rules (all their languages), read off the rule sources once. */
function instructionWords(): ReadonlySet<string> {
  if (instructionVocabulary !== undefined) return instructionVocabulary;
  const vocabulary = new Set<string>();
  for (const family of FAMILY_SOURCES) {
    if (!INSTRUCTION_FAMILIES.has(family.category)) continue;
    for (const source of [family.keywords, ...family.rules.map((r) => r.source)]) sourceWords(source, vocabulary);
  }
  return (instructionVocabulary = vocabulary);
}

/**
 * Adds the literal words of a lower-case rule source to `out`: escapes (\b, \s, \x60, \p{…}),
 * character classes and {m,n} counts are dropped first, and a word whose last letter is optional
 * ("instructions?") counts with and without it.
 */
function sourceWords(source: string, out: Set<string>): void {
  const literal = withoutNegativeLookarounds(source)
    .replace(/\\(?:[pPu]\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z]|.)/gsu, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]/gu, ' ')
    .replace(/\{\d+(?:,\d*)?\}/gu, ' ');
  for (const m of literal.toLowerCase().matchAll(/([\p{L}\p{N}]+)(\?)?/gu)) {
    const word = m[1]!;
    if (word.length >= 3) out.add(word);
    if (m[2] !== undefined && word.length > 3) out.add(word.slice(0, -1));
  }
}

/**
 * The source without its negative lookarounds: what they list is what an instruction is not ("words such as …",
 * "the handbook", "my previous e-mail"), so those words can still link a set-up to a later turn.
 */
function withoutNegativeLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '(' && (source.startsWith('(?!', i) || source.startsWith('(?<!', i))) {
      const close = closingParen(source, i);
      i = close < 0 ? source.length : close;
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

function isInstructionWord(word: string, vocabulary: ReadonlySet<string>): boolean {
  if (vocabulary.has(word)) return true;
  for (let n = Math.max(MIN_STEM, word.length - MAX_INFLECTION); n < word.length; n++) {
    if (vocabulary.has(word.slice(0, n))) return true;
  }
  return false;
}

/**
 * The current text takes part when a finding of the view reaches into it, when it carries a signal
 * of its own, or when it shares a specific word (a persona's name, a code word) with an attack found
 * in the earlier turns. Otherwise an attack in an earlier turn, already judged when it was sent,
 * does not taint every later message: "thanks, what's the weather?" stays ALLOW, and so does "what
 * were the previous results of the election?" after "ignore all previous instructions": the words an
 * instruction is made of (INSTRUCTION_FAMILIES) link nothing.
 */
export function mergeConversation(current: ScoredText, view: ScoredView): void {
  const cs = view.currentStart;
  const earlier = view.findings.filter((f) => f.end <= cs);
  // A learned layer's window that starts in an earlier turn says nothing about this text: its own
  // sentence windows would show if it took part.
  const reaching = view.findings.filter((f) => f.end > cs && !(WINDOW_LAYERS.has(f.layer) && f.start < cs));
  const linked = reaching.length > 0 || ownSignal(current.scores) || sharesWord(view.text, earlier, current.text);
  if (!linked || !raises(current.scores, view.scores)) return;

  for (const key of Object.keys(view.scores) as (keyof LayerScores)[]) {
    const v = view.scores[key];
    if (v !== undefined && v > (current.scores[key] ?? 0)) current.scores[key] = v;
  }
  const seen = new Set(current.findings.map(findingKey));
  const add = (f: Finding): void => {
    if (seen.has(findingKey(f))) return;
    seen.add(findingKey(f));
    current.findings.push(f);
  };
  const top = strongest(earlier);
  if (top !== undefined) {
    // The set-up is not in this text, so no span of it can be shown; the whole message is the payload.
    add({ ...top, description: `${top.description} set up in an earlier turn, continued here`, start: 0, end: current.text.length, encoding: '' });
  }
  for (const f of reaching) {
    const begunEarlier = f.start < cs;
    add({
      ...f,
      start: Math.max(0, f.start - cs),
      end: f.end - cs,
      ...(begunEarlier && { description: `${f.description}, begun in an earlier turn` }),
    });
  }
}

/**
 * The learned layers' calibration puts the 95th benign percentile at 0.1 (score-calibration.ts), so for
 * them only WARN and above is a signal of the text's own; a heuristic rule fires on purpose at any score.
 */
function ownSignal(scores: LayerScores): boolean {
  return scores.heuristic >= OWN_SIGNAL_FLOOR || scores.ml_confidence >= POLICY_WARN || scores.semantic >= POLICY_WARN;
}

function raises(current: LayerScores, view: LayerScores): boolean {
  for (const key of Object.keys(view) as (keyof LayerScores)[]) {
    if ((view[key] ?? 0) > (current[key] ?? 0)) return true;
  }
  return false;
}

function sharesWord(viewText: string, earlier: readonly Finding[], currentText: string): boolean {
  if (earlier.length === 0) return false;
  const attackWords = new Set<string>();
  for (const f of earlier) for (const w of words(viewText.slice(f.start, f.end))) attackWords.add(w);
  for (const w of words(currentText.length > 4000 ? currentText.slice(0, 4000) : currentText)) {
    if (attackWords.has(w)) return true;
  }
  return false;
}

/** The words of `text` specific enough to link two turns: not function words, not instruction vocabulary. */
function* words(text: string): Generator<string> {
  const vocabulary = instructionWords();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    if (!COMMON_WORDS.has(m[0]) && !isInstructionWord(m[0], vocabulary)) yield m[0];
  }
}

function strongest(findings: readonly Finding[]): Finding | undefined {
  let top: Finding | undefined;
  for (const f of findings) if (top === undefined || f.score > top.score) top = f;
  return top;
}

const findingKey = (f: Finding): string => `${f.category}:${f.start}:${f.end}`;
