// Joins words an attacker split or disguised, over folded UTF-16 units: spaced-out letters
// ("i g n o r e", "i.g.n.o.r.e") and leetspeak tokens ("1gn0r3"). Used by normalize().
import { LEET } from './confusables.js';

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
// Characters an attacker puts between letters: space . - _ * | + ~ , / \ : ; ' " ` and tab.
const isSpacer = (c: number): boolean =>
  c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 124 || c === 43 || c === 126 ||
  c === 44 || c === 47 || c === 92 || c === 58 || c === 59 || c === 39 || c === 34 || c === 96 || c === 9;
const MAX_GAP = 3;
const MIN_SPACED_LETTERS = 4;

/**
 * Joins "i g n o r e  a l l" / "i.g.n.o.r.e" into words, in place over the first `len` units,
 * starting at `from` (everything before it is left as is); returns the new length. The shortest gap
 * of a run is the in-word separator and disappears; any other gap is a word break and becomes one space.
 */
export function collapseSpacedOut(codes: Uint16Array, starts: Int32Array, ends: Int32Array, len: number, from: number): number {
  const isolated = (q: number): boolean => q < len && isAlnum(codes[q]!) && (q + 1 >= len || !isAlnum(codes[q + 1]!));
  let w = from;
  let r = from;
  while (r < len) {
    if (!isolated(r) || (r > 0 && isAlnum(codes[r - 1]!))) {
      codes[w] = codes[r]!; starts[w] = starts[r]!; ends[w] = ends[r]!; w++; r++;
      continue;
    }
    // Measure the run: isolated characters separated by short gaps of spacers.
    let count = 1;
    let letters = isLetter(codes[r]!) ? 1 : 0;
    let pos = r;
    let innerStart = -1;
    let innerLen = MAX_GAP + 1;
    for (;;) {
      let g = pos + 1;
      while (g < len && g - pos - 1 < MAX_GAP + 1 && isSpacer(codes[g]!)) g++;
      const gapLen = g - pos - 1;
      if (gapLen === 0 || gapLen > MAX_GAP || !isolated(g)) break;
      if (gapLen < innerLen) { innerLen = gapLen; innerStart = pos + 1; }
      count++;
      if (isLetter(codes[g]!)) letters++;
      pos = g;
    }
    if (count < MIN_SPACED_LETTERS || letters < 3) {
      // Copy the whole run unchanged. Starting again at any later character of it would follow the
      // same chain to the same end with fewer characters and letters, so be rejected too: skipping
      // those restarts changes nothing, and keeps a long rejected run ("1 1 1 …") linear, not quadratic.
      for (; r <= pos; r++, w++) { codes[w] = codes[r]!; starts[w] = starts[r]!; ends[w] = ends[r]!; }
      continue;
    }
    // Emit the run: characters kept, inner gaps dropped, word-break gaps as a single space.
    // The inner gap is copied out first because compaction may overwrite it.
    for (let k = 0; k < innerLen; k++) innerGap[k] = codes[innerStart + k]!;
    let q = r;
    while (q <= pos) {
      if (isAlnum(codes[q]!)) {
        codes[w] = codes[q]!; starts[w] = starts[q]!; ends[w] = ends[q]!; w++; q++;
        continue;
      }
      let g = q;
      while (g <= pos && isSpacer(codes[g]!)) g++;
      if (!sameGap(codes, q, g - q, innerLen)) {
        codes[w] = 32; starts[w] = starts[q]!; ends[w] = ends[g - 1]!; w++;
      }
      q = g;
    }
    r = pos + 1;
  }
  return w;
}

const innerGap = new Uint16Array(MAX_GAP);

function sameGap(codes: Uint16Array, a: number, aLen: number, innerLen: number): boolean {
  if (aLen !== innerLen) return false;
  for (let k = 0; k < aLen; k++) if (codes[a + k] !== innerGap[k]) return false;
  return true;
}

// Leet digits count only inside tokens that mix them with letters, so plain numbers stay numbers.
export const LEET_HINT = /[a-z][013457@$]|[013457@$][a-z]/;
const MIN_LEET_TOKEN = 3;
const MAX_LEET_TOKEN = 24;
// Token characters by kind: 1 letter, 2 leet stand-in (LEET's keys), 3 other digit; 0 ends a token.
const TOKEN_KIND = new Uint8Array(128);
for (let c = 97; c <= 122; c++) TOKEN_KIND[c] = 1;
for (const c of '0123456789@$') TOKEN_KIND[c.charCodeAt(0)] = LEET.has(c.charCodeAt(0)) ? 2 : 3;

const LEET_TO = new Uint16Array(128).map((_, c) => LEET.get(c) ?? c);
// Qualifying token ranges of the last foldLeetUnits call, as flat [start, end) pairs; reused.
const leetTokens: number[] = [];

/**
 * Replaces leet stand-ins inside tokens that mix them with letters, in place over codes[0, len);
 * length-preserving, so the offset map needs no update. Returns false when nothing changed. Nothing
 * changes unless a letter touches a stand-in somewhere (the LEET_HINT gate of the string version).
 */
export function foldLeetUnits(cs: Uint16Array, len: number): boolean {
  leetTokens.length = 0;
  let adjacent = false;
  let i = 0;
  while (i < len) {
    const c = cs[i]!;
    if (c >= 128 || TOKEN_KIND[c] === 0) { i++; continue; }
    let j = i;
    let letters = 0;
    let leet = 0;
    let prev = 0;
    for (; j < len; j++) {
      const d = cs[j]!;
      const kind = d < 128 ? TOKEN_KIND[d]! : 0;
      if (kind === 0) break;
      if (kind === 1) letters++;
      else if (kind === 2) leet++;
      if ((kind === 1 && prev === 2) || (kind === 2 && prev === 1)) adjacent = true;
      prev = kind;
    }
    if (letters > 0 && leet > 0 && j - i >= MIN_LEET_TOKEN && j - i <= MAX_LEET_TOKEN) leetTokens.push(i, j);
    i = j;
  }
  if (!adjacent || leetTokens.length === 0) return false;
  for (let t = 0; t < leetTokens.length; t += 2) {
    for (let k = leetTokens[t]!; k < leetTokens[t + 1]!; k++) cs[k] = LEET_TO[cs[k]!]!;
  }
  return true;
}

// Four isolated characters separated by short runs of spacers: the only shape collapse acts on.
// Written as a cheap prefilter (leading spacer, or anchored at the start) because it runs on every text.
const SP = String.raw`[ .\-_*|+~,/\\:;'"${'`'}\t]`;
const SPACED_TAIL = String.raw`[a-z0-9]${SP}{1,3}[a-z0-9]${SP}{1,3}[a-z0-9]${SP}{1,3}[a-z0-9](?![a-z0-9])`;
const SPACED_HINT = new RegExp(SP + SPACED_TAIL);
const SPACED_AT_START = new RegExp('^' + SPACED_TAIL);
const hasSpacedOut = (s: string): boolean => SPACED_HINT.test(s) || SPACED_AT_START.test(s);
// Exactly the runs collapseSpacedOut measures: maximal chains of isolated characters and short gaps.
// The lookahead before the lookbehind lets the common letter-after-letter position fail on one check.
const SPACED_RUN = new RegExp(String.raw`[a-z0-9](?=${SP})(?<![a-z0-9]{2})(?:${SP}{1,3}[a-z0-9](?![a-z0-9])){3,}`, 'g');

/** Where the first run collapse would join starts, or -1 when collapsing would change nothing. */
export function firstSpacedRun(folded: string): number {
  if (!hasSpacedOut(folded)) return -1;
  SPACED_RUN.lastIndex = 0;
  for (let m = SPACED_RUN.exec(folded); m !== null; m = SPACED_RUN.exec(folded)) {
    // Three letters suffice; stop counting there (a run can span the whole text).
    let letters = 0;
    for (let i = m.index; i < SPACED_RUN.lastIndex && letters < 3; i++) if (isLetter(folded.charCodeAt(i))) letters++;
    if (letters >= 3) return m.index;
  }
  return -1;
}
