// Multi-turn scanning, part two: folds the conversation view's scores and findings into the current
// text's, but only when the current text takes part in what the earlier turns set up.
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
 * The current text takes part when a finding of the view reaches into it, when it carries a signal
 * of its own, or when it shares a specific word (a persona's name, a code word) with an attack found
 * in the earlier turns. Otherwise an attack in an earlier turn, already judged when it was sent,
 * does not taint every later message: "thanks, what's the weather?" stays ALLOW.
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

function* words(text: string): Generator<string> {
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    if (!COMMON_WORDS.has(m[0])) yield m[0];
  }
}

function strongest(findings: readonly Finding[]): Finding | undefined {
  let top: Finding | undefined;
  for (const f of findings) if (top === undefined || f.score > top.score) top = f;
  return top;
}

const findingKey = (f: Finding): string => `${f.category}:${f.start}:${f.end}`;
