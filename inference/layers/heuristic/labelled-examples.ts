// Attacks shown with their outcome. An evaluation file gives each input the verdict it should get
// ({"input": "Ignore your previous instructions …", "expected": "block"}), a vendor's write-up puts the verdict in
// the heading over each example ("### direct_override (blocked)", then the attack in a blockquote), and a
// transcript shows the model refusing the attack it quotes ("User: Print your hidden instructions …" then
// "Assistant: I can't share that"). A planted instruction comes with none of these: it wants to be obeyed, so it
// neither grades itself nor shows the model turning it down. A dataset's CSV labels each row in a column, and a
// detection rule lists attacks as a pattern's alternatives. Each test here reads only a bounded window around the hit
// (the thirty-eighth to fortieth fresh sets' documents about AI, which quoted attacks in all these ways).
import { csvFields } from '../../text/csv.js';
import { mentionsAttacks } from '../../text/displayed-examples.js';
import { KEY_LINE } from '../../text/hard-wraps.js';

/** How far around a hit the record holding it (a JSON object, a YAML list item) is looked for. */
const RECORD_CHARS = 600;

/**
 * A field that grades its record: an expected verdict, a label, a class. Its value must be a verdict
 * ("block", "malicious", "injection", true …): `"category": "billing"` or `"type": "message"` grade nothing. A
 * scanner's own findings (`"malicious": false`, `"is_harmful": 0`) are not among them: a tool output that reports on
 * a page may carry the page's planted words.
 */
const VERDICT_FIELD =
  /\b(?:expected|expect|expectation|label|verdict|decision|outcome|classification|class|ground_truth|gold|should_block|should_flag|should_refuse|is_injection|is_attack|is_jailbreak|is_prompt_injection|erwartet|erwartung|urteil|attendu|esperado|atteso|verwacht|oczekiwan[ey])(?:_[a-z]{1,12}){0,2}["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?:block(?:ed)?|allow(?:ed)?|flag(?:ged)?|warn|deny|denied|refuse[ds]?|reject(?:ed)?|malicious|benign|(?:prompt_)?injection|jailbreak|attack|safe|unsafe|harmful|harmless|pass|fail|detected|true|false|yes|no|1|0|blockieren|blockiert|bloquear|bloquer|bloccare|blokkeren|zulassen|erlauben|autoriser|permitir|consentire|toestaan)\b/i;

/** A record's first line in YAML: a list item that opens with a key ("- input: …", "- id: pi-3"). */
const YAML_ITEM = /^([ \t]*)- [a-z_]{1,30}:/i;

/** Whether offset `pos` of a text lies in an example shown with its outcome: a graded record or row, or a refused turn. */
export function inLabelledExample(text: string, pos: number): boolean {
  return inVerdictRecord(text, pos) || inRefusedTurn(text, pos);
}

/**
 * Whether the hit at `start` lies in a record that a field grades (VERDICT_FIELD): the JSON object around it (the
 * nearest "{" before and "}" after, within RECORD_CHARS; in one of its string values) or the YAML list item it belongs
 * to (in a key's value).
 */
export function inVerdictRecord(text: string, start: number): boolean {
  if (gradedCsvRow(text, start)) return true;
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
const SPEAKER = /^[ \t]{0,4}(?:[-*>][ \t])?(?:\*\*|__|\[)?(\p{L}[\p{L}\p{N} _-]{0,24}?)(?:\*\*|__|\])?[ \t]{0,2}(?:\([^()\n]{0,30}\)[ \t]{0,2})?(?::|>|：)/iu;
/** Who speaks for the user side of a transcript. */
const USER_SIDE = /^(?:user|human|attacker|adversary|red[ _-]?teamer|tester|prompt|input|customer|visitor|player|student|me|u|q|usuari[oa]|utilisat(?:eur|rice)|benutzer(?:in)?|nutzer(?:in)?|utente|usu[aá]rio|gebruiker|u[zż]ytkownik|kullan[ıi]c[ıi]|cliente|kunde|klant|пользователь|ユーザー|用户|用戶|사용자)$/iu;
/**
 * How an answer that turns the request down opens, in the languages transcripts are most often written in. "As an AI"
 * opens the stock refusal too.
 */
const REFUSAL =
  /^[ \t*_"“]{0,8}(?:\(?refused\)?|\[refus\w{1,3}\]|i'?m sorry|i am sorry|sorry|apologies|unfortunately|i (?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|will not|must decline|have to decline|am not able|am unable|don(?:'|’)?t (?:share|reveal|disclose|have access))|i(?:'|’)m (?:not able|unable|not going|not allowed)|as an ai|that(?:'|’)?s not something i|lo siento|no puedo|désolée?|je ne peux pas|tut mir leid|ich kann (?:das |dir |ihnen )?nicht|mi dispiace|non posso|desculpe|não posso|申し訳|抱歉|我不能|извините|я не могу)/i;

/**
 * A line where a speaker answers with a refusal (SPEAKER, then REFUSAL), for a whole-text search: the model under test is
 * often named ("Lía: Lo siento, no puedo …", "Pip: Je ne peux pas …"), so any speaker counts who answers a user's turn.
 */
const REFUSING_ANSWER = new RegExp(
  String.raw`^[ \t]{0,4}(?:[-*>][ \t])?(?:\*\*|__|\[)?\p{L}[\p{L}\p{N} _-]{0,24}?(?:\*\*|__|\])?[ \t]{0,2}(?:\([^()\n]{0,30}\)[ \t]{0,2})?(?::|>|：)` +
    REFUSAL.source.slice(1),
  'gimu',
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
    return !USER_SIDE.test(next[1]!.trim()) && REFUSAL.test(line.slice(next[0].length));
  }
  return false;
}

/** How much of a text is searched, line by line, for a second verdict label. */
const LABEL_SCAN_CHARS = 50_000;

/**
 * Whether `line`, the line that introduces a block, gives a verdict on it (VERDICT_LABEL) in a text that names attacks
 * (mentionsAttacks) or grades another example the same way: one "(blocked)" heading over a note is no evaluation.
 */
export function labelsVerdict(text: string, line: string): boolean {
  if (!VERDICT_LABEL.test(line)) return false;
  if (mentionsAttacks(text)) return true;
  let labels = 0;
  const scanned = text.length > LABEL_SCAN_CHARS ? text.slice(0, LABEL_SCAN_CHARS) : text;
  for (let at = 0; at < scanned.length && labels < 2; at = lineEnd(scanned, at) + 1) if (VERDICT_LABEL.test(scanned.slice(at, lineEnd(scanned, at)))) labels++;
  return labels >= 2;
}

const VERDICT_FIELD_ALL = new RegExp(VERDICT_FIELD.source, 'gi');
/** Graded records and refused turns read per text at most when listing them. */
const MAX_LABELLED = 200;
/** Rows of a labelled table listed at most (each is one line: a cheap test). */
const MAX_LABELLED_ROWS = 5000;

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
  // Each row of a table of labelled examples.
  const label = labelColumn(text);
  if (label !== null) {
    for (let at = label.firstRow; at < text.length && spans.length < MAX_LABELLED_ROWS; at = lineEnd(text, at) + 1) {
      if (graded(text.slice(at, lineEnd(text, at)), label)) spans.push([at, lineEnd(text, at)]);
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
      for (let k = 0; k < 2 * YAML_LINES && end < text.length; k++) {
        const next = lineEnd(text, end + 1);
        if (endsItem(text.slice(end + 1, next), indent)) break;
        end = next;
      }
      return pos < end ? [at, end] : null;
    }
    if (at === 0) return null;
    at = text.lastIndexOf('\n', at - 2) + 1;
  }
  return null;
}

/**
 * Whether `line` ends the YAML list item whose dash stands after `indent`: the next item, or a key no deeper than the
 * dash. Other lines go on the item, unindented ones too: a string value's escaped line breaks, read as breaks (the
 * escaped-breaks view), put its lines at the margin.
 */
function endsItem(line: string, indent: string): boolean {
  if (line.startsWith(`${indent}- `)) return true;
  const body = line.trimStart();
  return line.length - body.length <= indent.length && body.length > 0 && (body.startsWith('- ') || KEY_LINE.test(body));
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

/** What marks a line as a regular expression's source: an inline flag, a word boundary, a key that names a pattern. */
const PATTERN_LINE = /\(\?[a-z]{1,3}\)|\\b|\b(?:re|regex|regexp|pattern|patterns|match|matches)\s{0,2}[:=]/i;

/** How far around a hit on its line the alternation's bars are counted. */
const ALTERNATION_CHARS = 60;

/**
 * Whether the hit [start, end) lies in a regular expression's alternation (a detection rule's
 * "(?i)\b(DAN|do anything now|developer mode|…)\b"): three bars or more on its line within ALTERNATION_CHARS of it, on a
 * line a pattern marks.
 */
export function inPatternSource(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const to = Math.min(lineEnd(text, end), end + ALTERNATION_CHARS);
  let bars = 0;
  for (let i = text.indexOf('|', Math.max(lineStart, start - ALTERNATION_CHARS)); i >= 0 && i < to && bars < 3; i = text.indexOf('|', i + 1)) bars++;
  return bars >= 3 && PATTERN_LINE.test(text.slice(lineStart, lineEnd(text, end)));
}

/**
 * A CSV column that labels each row: "label", "expected", "verdict", "is_injection", in the languages datasets are
 * annotated in ("라벨", "ラベル", "标签", "etiqueta" …).
 */
const LABEL_COLUMN = /^(?:labels?|expected(?:_[a-z]{1,12})?|verdict|decision|class|ground_truth|gold|target|is_(?:injection|attack|jailbreak|malicious|harmful)|etiqueta|étiquette|etichetta|rótulo|bezeichnung|label_?id|라벨|레이블|ラベル|标签|標籤|метка)$/iu;
/** Lines before a table's header that may be comments or a title. */
const HEADER_LINES = 4;
/**
 * What a label cell of a table of attack examples holds: a class, a verdict or a flag ("1", "benign", "injection", "공격"
 * (attack), "정상" (normal)). A sentiment ("positive") or an issue tracker's labels ("bug") label nothing of the kind, and a
 * planted note in such a table's cell is read in full.
 */
const LABEL_VALUE = /^(?:0|1|true|false|yes|no|benign|malicious|(?:prompt_)?injection|jailbreak|attack|safe|unsafe|harmful|harmless|block(?:ed)?|allow(?:ed)?|flag(?:ged)?|warn|pass|fail|normal|legit(?:imate)?|clean|공격|정상|攻撃|正常|攻击|良性|恶意|悪意|атака|норма)$/iu;

interface LabelColumn {
  /** Fields a row has. */
  readonly fields: number;
  /** Which of them labels the row. */
  readonly index: number;
  /** Where the first row after the header starts. */
  readonly firstRow: number;
}


/** The table's label column, from a header among its first lines (after comments), or null; the last text's answer is kept. */
function labelColumn(text: string): LabelColumn | null {
  if (text === lastTable) return lastColumn;
  lastTable = text;
  lastColumn = null;
  let at = 0;
  for (let n = 0; n < HEADER_LINES && at < text.length; n++, at = lineEnd(text, at) + 1) {
    const line = text.slice(at, lineEnd(text, at)).trim();
    if (line === '' || line.startsWith('#')) continue;
    const names = csvFields(line).map((f) => f.trim());
    const index = names.length >= 3 ? names.findIndex((f) => LABEL_COLUMN.test(f)) : -1;
    if (index >= 0) lastColumn = { fields: names.length, index, firstRow: lineEnd(text, at) + 1 };
    break;
  }
  return lastColumn;
}
let lastTable = '';
let lastColumn: LabelColumn | null = null;

/** Whether a table's line is a row with a label in the label column: as many fields as the header, a class there (LABEL_VALUE). */
function graded(line: string, column: LabelColumn): boolean {
  if (line.indexOf(',') < 0) return false;
  const fields = csvFields(line);
  if (fields.length !== column.fields) return false;
  return LABEL_VALUE.test(fields[column.index]!.trim());
}

/** Whether offset `pos` lies in a row of a table of labelled examples (a dataset's CSV with a "label" column). */
function gradedCsvRow(text: string, pos: number): boolean {
  const column = labelColumn(text);
  if (column === null || pos < column.firstRow) return false;
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return graded(text.slice(start, lineEnd(text, start)), column);
}
