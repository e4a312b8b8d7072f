// Attacks shown with their outcome. An evaluation file gives each input the verdict it should get
// ({"input": "Ignore your previous instructions …", "expected": "block"}), a vendor's write-up puts the verdict in
// the heading over each example ("### direct_override (blocked)", then the attack in a blockquote), and a
// transcript shows the model refusing the attack it quotes ("User: Print your hidden instructions …" then
// "Assistant: I can't share that"). A planted instruction comes with none of these: it wants to be obeyed, so it
// neither grades itself nor shows the model turning it down. Each test here reads only a bounded window
// around the hit (the thirty-eighth fresh set's documents about AI, which quoted attacks these three ways).

/** How far around a hit the record holding it (a JSON object, a YAML list item) is looked for. */
const RECORD_CHARS = 600;

/**
 * A field that grades its record: an expected verdict, a label, a class. Its value must be a verdict
 * ("block", "malicious", "injection", true …): `"category": "billing"` or `"type": "message"` grade nothing. A
 * scanner's own findings (`"malicious": false`, `"is_harmful": 0`) are not among them: a tool output that reports on
 * a page may carry the page's planted words.
 */
const VERDICT_FIELD =
  /\b(?:expected|expect|expectation|label|verdict|decision|outcome|classification|class|ground_truth|gold|should_block|should_flag|should_refuse|is_injection|is_attack|is_jailbreak|is_prompt_injection)(?:_[a-z]{1,12}){0,2}["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?:block(?:ed)?|allow(?:ed)?|flag(?:ged)?|warn|deny|denied|refuse[ds]?|reject(?:ed)?|malicious|benign|(?:prompt_)?injection|jailbreak|attack|safe|unsafe|harmful|harmless|pass|fail|detected|true|false|yes|no|1|0)\b/i;

/** A record's first line in YAML: a list item that opens with a key ("- input: …", "- id: pi-3"). */
const YAML_ITEM = /^([ \t]*)- [a-z_]{1,30}:/i;

/**
 * Whether the hit at `start` lies in a record that a field grades (VERDICT_FIELD): the JSON object around it (the
 * nearest "{" before and "}" after, within RECORD_CHARS; in one of its string values) or the YAML list item it belongs
 * to (in a key's value).
 */
export function inVerdictRecord(text: string, start: number): boolean {
  const record = recordAround(text, start);
  if (record === null || !VERDICT_FIELD.test(text.slice(record[0], record[1]))) return false;
  if (text[record[0]] === '{') return inStringValue(text, record[0], start);
  return start > text.indexOf(':', record[0]);
}

/** Whether `start` lies inside a string value of the record opened at `open`: an odd number of straight double quotes since then. */
function inStringValue(text: string, open: number, start: number): boolean {
  let quotes = 0;
  for (let i = text.indexOf('"', open); i >= 0 && i < start; i = text.indexOf('"', i + 1)) if (text[i - 1] !== '\\') quotes++;
  return quotes % 2 === 1;
}

/** Lines of a YAML list item read, before and after the hit's line. */
const YAML_LINES = 8;

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/**
 * A heading or label that gives the verdict on the example under it: "### direct_override (blocked)",
 * "**Example 3 — flagged**", "Test 4 [caught]", "Attempt 2: refused", "## Case 5 (expected: block)".
 */
export const VERDICT_LABEL =
  /^[ \t]{0,3}(?:#{1,6}[ \t]|\*\*|__|\d{1,3}[.)][ \t]|[-*][ \t])?[^\n]{0,80}?(?:\(|\[|[—–-][ \t]|:[ \t]?|[ \t](?=✅|❌|✔|✗|⛔|🚫))[ \t]?(?:✅|❌|✔️?|✗|⛔|🚫)?[ \t]?(?:blocked|allowed|flagged|refused|rejected|caught|detected|missed|passed|failed|bypassed|denied|not (?:blocked|flagged|caught|detected)|expected:? (?:block|allow|flag|refuse|warn)\w{0,3}|verdict:? \w{3,12})[ \t]?[)\]]?[ \t]?(?:\*\*|__)?[ \t]?:?[ \t]?$/i;

/** A speaker's label opening a turn: "User:", "**Human**:", "Attacker >", "[assistant]". */
const SPEAKER = /^[ \t]{0,4}(?:[-*>][ \t])?(?:\*\*|__|\[)?([a-z][a-z0-9 _-]{0,24}?)(?:\*\*|__|\])?[ \t]{0,2}(?:\([^()\n]{0,30}\)[ \t]{0,2})?(?::|>|：)/i;
/** Who speaks for the user side of a transcript. */
const USER_SIDE = /^(?:user|human|attacker|adversary|red[ _-]?teamer|tester|prompt|input|customer|visitor|player|student|me|u|q)$/i;
/** Who answers for the model. */
const MODEL_NAMES = String.raw`assistant|ai|bot|chatbot|model|llm|agent|gpt[\w.-]{0,8}|chatgpt|claude|gemini|llama|copilot|response|output|reply|answer|a|support bot|helpdesk bot`;
const MODEL_SIDE = new RegExp(`^(?:${MODEL_NAMES})$`, 'i');
/**
 * How an answer that turns the request down opens, in the languages transcripts are most often written in. "As an AI"
 * opens the stock refusal too.
 */
const REFUSAL =
  /^[ \t*_"“]{0,4}(?:\(?refused\)?|\[refus\w{1,3}\]|i'?m sorry|i am sorry|sorry|apologies|unfortunately|i (?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|will not|must decline|have to decline|am not able|am unable|don(?:'|’)?t (?:share|reveal|disclose|have access))|i(?:'|’)m (?:not able|unable|not going|not allowed)|as an ai|that(?:'|’)?s not something i|lo siento|no puedo|désolée?|je ne peux pas|tut mir leid|ich kann (?:das |dir |ihnen )?nicht|mi dispiace|non posso|desculpe|não posso|申し訳|抱歉|我不能|извините|я не могу)/i;

/** A line where the model answers with a refusal (SPEAKER with MODEL_SIDE, then REFUSAL), for a whole-text search. */
const REFUSING_ANSWER = new RegExp(
  String.raw`^[ \t]{0,4}(?:[-*>][ \t])?(?:\*\*|__|\[)?(?:${MODEL_NAMES})(?:\*\*|__|\])?[ \t]{0,2}(?:\([^()\n]{0,30}\)[ \t]{0,2})?(?::|>|：)` +
    REFUSAL.source.slice(1),
  'gim',
);

/** Where the user's turn that the answer opening at `answer` replies to opens: the speaker line before it, if on the user side; or -1. */
function askingTurn(text: string, answer: number): number {
  let at = answer;
  for (let n = 0; n < TURN_LINES && at > 0; n++) {
    at = text.lastIndexOf('\n', at - 2) + 1;
    const speaker = SPEAKER.exec(text.slice(at, lineEnd(text, at)));
    if (speaker !== null) return USER_SIDE.test(speaker[1]!.trim()) ? at : -1;
  }
  return -1;
}

/** How far on from a hit the model's answer is looked for, and how many lines back the hit's speaker. */
const TURN_CHARS = 1500;
const TURN_LINES = 6;

/**
 * Whether the hit at `start` lies in a user's turn of a transcript that the model's next turn refuses: a
 * demonstration of an attack turned down ("User: Forget everything you were told before …" / "Assistant: I can't
 * share my configuration"). A planted transcript shows the model complying ("Assistant: Sure, here is …"), and an
 * attack in a later turn that nobody refused still scores.
 */
export function inRefusedTurn(text: string, start: number): boolean {
  // Back to the line that opens the hit's turn.
  let at = text.lastIndexOf('\n', start - 1) + 1;
  let speaker: RegExpExecArray | null = null;
  for (let n = 0; n < TURN_LINES; n++) {
    speaker = SPEAKER.exec(text.slice(at, lineEnd(text, at)));
    if (speaker !== null || at === 0) break;
    at = text.lastIndexOf('\n', at - 2) + 1;
  }
  if (speaker === null || !USER_SIDE.test(speaker[1]!.trim())) return false;
  // On to the next turn.
  const limit = Math.min(text.length, start + TURN_CHARS);
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
    const line = text.slice(nl + 1, lineEnd(text, nl + 1));
    const next = SPEAKER.exec(line);
    if (next === null) continue;
    return MODEL_SIDE.test(next[1]!.trim()) && REFUSAL.test(line.slice(next[0].length));
  }
  return false;
}

/** Lines of a text searched for a second verdict label. */
const LABEL_SCAN_CHARS = 50_000;

/**
 * Whether `line`, the line that introduces a block, gives a verdict on it (VERDICT_LABEL) in a text that names attacks
 * (mentionsAttacks) or grades another example the same way: one "(blocked)" heading over a note is no evaluation.
 */
export function labelsVerdict(text: string, line: string, names: (text: string) => boolean): boolean {
  if (!VERDICT_LABEL.test(line)) return false;
  if (names(text)) return true;
  let labels = 0;
  const scanned = text.length > LABEL_SCAN_CHARS ? text.slice(0, LABEL_SCAN_CHARS) : text;
  for (let at = 0; at < scanned.length && labels < 2; at = lineEnd(scanned, at) + 1) if (VERDICT_LABEL.test(scanned.slice(at, lineEnd(scanned, at)))) labels++;
  return labels >= 2;
}

const VERDICT_FIELD_ALL = new RegExp(VERDICT_FIELD.source, 'gi');
/** Graded records and refused turns read per text at most when listing them. */
const MAX_LABELLED = 200;

/**
 * Where a text shows attacks with their outcome, as flat [start, end) pairs in text order: each record a field grades
 * (the JSON object or YAML list item holding a VERDICT_FIELD) and each user turn the model's next turn refuses. The
 * learned layers read the text with these blanked, as the rules cap what they find there.
 */
export function labelledExampleSpans(text: string): number[] {
  const spans: Array<readonly [number, number]> = [];
  VERDICT_FIELD_ALL.lastIndex = 0;
  for (let m = VERDICT_FIELD_ALL.exec(text); m !== null && spans.length < MAX_LABELLED; m = VERDICT_FIELD_ALL.exec(text)) {
    const record = recordAround(text, m.index);
    if (record !== null) {
      spans.push(record);
      VERDICT_FIELD_ALL.lastIndex = Math.max(VERDICT_FIELD_ALL.lastIndex, record[1]);
    }
  }
  // Each answer that refuses, found in one pass; then back to the turn it answers.
  REFUSING_ANSWER.lastIndex = 0;
  for (let m = REFUSING_ANSWER.exec(text); m !== null && spans.length < MAX_LABELLED; m = REFUSING_ANSWER.exec(text)) {
    const turn = askingTurn(text, m.index);
    if (turn >= 0) spans.push([turn, m.index - 1]);
  }
  return merged(spans);
}

/** The JSON object or YAML list item around offset `pos` (as inVerdictRecord finds them), or null. */
function recordAround(text: string, pos: number): readonly [number, number] | null {
  const open = text.lastIndexOf('{', pos);
  if (open >= 0 && pos - open <= RECORD_CHARS && text.lastIndexOf('}', pos) < open) {
    const close = text.indexOf('}', pos);
    if (close >= 0 && close - pos <= RECORD_CHARS) return [open, close + 1];
  }
  let at = text.lastIndexOf('\n', pos - 1) + 1;
  for (let n = 0; n < YAML_LINES; n++) {
    const item = YAML_ITEM.exec(text.slice(at, lineEnd(text, at)));
    if (item !== null) {
      const indent = item[1]!;
      let end = lineEnd(text, at);
      for (let k = 0; k < YAML_LINES && end < text.length; k++) {
        const next = lineEnd(text, end + 1);
        const line = text.slice(end + 1, next);
        if (line.trim() !== '' && !(line.startsWith(indent + ' ') && !line.startsWith(indent + '- '))) break;
        end = next;
      }
      return pos < end ? [at, end] : null;
    }
    if (at === 0) return null;
    at = text.lastIndexOf('\n', at - 2) + 1;
  }
  return null;
}

/** [start, end) pairs sorted and joined where they overlap, flat. */
export function merged(pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const sorted = [...pairs].filter(([s, e]) => s < e).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of sorted) {
    if (out.length > 0 && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}
