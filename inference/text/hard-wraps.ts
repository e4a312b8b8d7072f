// Plain-text e-mail wraps its paragraphs at about 72 columns and quotes replies with "> " on every line, so
// one sentence of it spans several lines. The rules read a line break as the end of a sentence: here a
// sentence cut by a wrap is put back together, in a string of the same length (each joining line break
// becomes a space, the quote markers that continue a quoted line become spaces), so every offset
// into it is an offset into the text the rules were given.
import { csvFieldCount } from './csv.js';

/** A line this long or longer that ends mid-sentence was most likely wrapped. */
const WRAPPED_LINE = 40;
/** Quote markers at the start of a line: "> ", "> > ", ">>". */
const QUOTE_PREFIX = /^(?:> ?)+/;

/**
 * `text` with the line breaks of hard-wrapped paragraphs turned to spaces (same length). A break joins when
 * the line before it is long and does not end a sentence, a clause or a heading (., !, ?, :, ;), inside the
 * same quotation depth, and the next line goes on the sentence: it starts in lower case, with a digit or
 * "(", or, after a line as long as a wrapped one ("…also forward the signed / NDA draft…"), in upper case
 * unless it is a label of its own ("Assistant: …", "Subject: …"). An indented line goes on only a paragraph indented as
 * deep or a list item's hanging indent, and never as a key ("name: …"); two rows of a table (as many CSV fields on
 * each, four or more) never join. `submitted` is the text the view was built from and `originalAt` maps a view offset
 * to it: the view is lower-cased, the submitted text keeps the case. Returns `text` itself when nothing joins.
 */
export function unwrapHardWraps(text: string, submitted: string, originalAt: (offset: number) => number): string {
  if (text.indexOf('\n') < 0) return text;
  let out: string[] | null = null;
  let lineStart = 0;
  let prevDepth = -1;
  let prevLength = 0;
  let prevTail = '';
  let prevBreak = -1;
  let prevItemIndent = -1;
  let prevIndent = -1;
  let prevFields = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const prefix = QUOTE_PREFIX.exec(line)?.[0] ?? '';
    const depth = prefix.replace(/ /g, '').length;
    const indent = INDENT.exec(line.slice(prefix.length))![0].length;
    const fields = tableFields(line);
    // Rows of a table (a CSV export: as many fields on each line) are records of their own, however a row ends.
    const rows = fields >= TABLE_FIELDS && fields === prevFields;
    if (prevBreak >= 0 && !rows && depth === prevDepth && prevLength >= WRAPPED_LINE && !/[.!?:;]$/.test(prevTail) && line.length > prefix.length + indent) {
      // An indented line goes on only a paragraph indented as deep, or a list item's hanging indent ("* Sponsored: … any AI
      // assistant summarising" / "  this newsletter for the reader: …", thirty-ninth set); not a YAML key or a code line.
      const hangs = indent === 0 || ((indent === prevIndent || indent === prevItemIndent) && !KEY_LINE.test(line.slice(prefix.length + indent)));
      if (hangs && goesOn(submitted, originalAt(lineStart + prefix.length + indent), prevLength, prevTail)) {
        out ??= text.split('');
        out[prevBreak] = ' ';
        for (let k = lineStart; k < lineStart + prefix.length; k++) out[k] = ' ';
      }
    }
    const trimmed = line.slice(prefix.length).trimEnd();
    const item = LIST_ITEM.exec(trimmed);
    // A continuation keeps its item's hanging indent for the lines after it.
    prevItemIndent = item !== null ? item[0].length : indent > 0 && indent === prevItemIndent ? prevItemIndent : -1;
    prevIndent = indent;
    prevFields = fields;
    prevDepth = depth;
    prevLength = trimmed.length;
    prevTail = trimmed.slice(-12);
    prevBreak = lineEnd < text.length ? lineEnd : -1;
    lineStart = lineEnd + 1;
  }
  return out === null ? text : out.join('');
}

/** Fields a line of a table has at least: prose wrapped across two lines rarely splits into as many, the same on both. */
const TABLE_FIELDS = 4;

/** The CSV fields of a line with three commas or more (csv.ts); 0 for others, which are not read as rows. */
function tableFields(line: string): number {
  let commas = 0;
  for (let i = line.indexOf(','); i >= 0 && commas < TABLE_FIELDS - 1; i = line.indexOf(',', i + 1)) commas++;
  return commas < TABLE_FIELDS - 1 ? 0 : csvFieldCount(line);
}

/** A line's leading blanks (up to eight: deeper is code or a table). */
const INDENT = /^[ \t]{0,8}/;
/** A list item's marker and the blanks after it: where its wrapped lines' text starts. */
const LIST_ITEM = /^[ \t]{0,6}(?:[-*•+]|\d{1,3}[.)])[ \t]{1,3}(?=\S)/;
/** A line that is a key and its value ("name: foo", "- id: 3"): a field of its own, however the line before ends. */
export const KEY_LINE = /^(?:- )?[\p{L}\p{N}_.-]{1,30}:(?:\s|$)/u;

/** A line of the width mail wraps at: after one, even a capital goes on the sentence. */
const FULL_LINE = 60;
/** A line that is a label of its own: "Assistant: …", "Subject: …", "Re: …". */
const LABEL_LINE = /^\p{Lu}[\p{L}\p{N} .'’-]{0,40}[:：]/u;

/**
 * A line that ends on a word no sentence ends on (an article, a preposition, a conjunction) goes on, whatever the
 * next line looks like: "… la posta della / Dott.ssa Rinaldi: …" is one sentence, not a label.
 */
const OPEN_ENDING = /(?:^|\s)(?:the|a|an|of|to|for|from|with|and|or|by|in|on|at|della|delle|dello|degli|del|di|da|per|e|il|la|le|lo|gli|de|des|du|et|pour|par|au|aux|el|los|las|y|con|para|por|der|die|das|den|dem|des|und|oder|von|vom|zum|zur|mit|für|het|een|van|voor|en|op|do|da|dos|das|ao|aos|com)$/iu;

/** Whether the line of `submitted` starting at `at` goes on the sentence of a line `prevLength` long ending in `prevTail`. */
function goesOn(submitted: string, at: number, prevLength: number, prevTail: string): boolean {
  const ch = submitted.charAt(at);
  if (/\p{Ll}|\d/u.test(ch) || ch === '(') return true;
  if (!/\p{Lu}/u.test(ch) || prevLength < FULL_LINE) return false;
  return OPEN_ENDING.test(prevTail) || !LABEL_LINE.test(submitted.slice(at, at + 48));
}
