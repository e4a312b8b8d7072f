// Folds text to the form the detectors match against (NFKC, no invisibles, ASCII look-alikes, lower
// case, spaced-out and leetspeak words joined) while keeping a per-character map to the original.
import type { TextView } from './text-view.js';
import { CONFUSABLES, LEET, isInvisible } from './confusables.js';

// Folding a non-ASCII code point costs a normalize() call; the set in real text is small, so memoise.
const foldCache = new Map<number, string>();
const FOLD_CACHE_LIMIT = 1 << 16;
const COMBINING = /[\u0300-\u036f]/g;
const ASCII_ONLY = /^[\x20-\x7e]+$/;

/** The ASCII (or otherwise canonical) lower-case form of one code point; '' for invisible ones. */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = '';
  if (!isInvisible(cp)) {
    for (const ch of String.fromCodePoint(cp).normalize('NFKC')) out += foldChar(ch);
  }
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(cp, out);
  return out;
}

function foldChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch.toLowerCase();
  if (isInvisible(cp)) return '';
  const direct = CONFUSABLES.get(cp);
  if (direct !== undefined) return direct;
  const lower = ch.toLowerCase();
  const lowerHit = CONFUSABLES.get(lower.codePointAt(0) ?? 0);
  if (lowerHit !== undefined) return lowerHit;
  // Accented Latin letters fold to their base letter; other scripts keep their marks (й, が).
  const bare = lower.normalize('NFD').replace(COMBINING, '');
  return bare.length > 0 && ASCII_ONLY.test(bare) ? bare : lower.replace(COMBINING, '');
}

/** Applies the same character folding to a pattern source, so patterns in any script match normalised text. */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const ch of source) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp < 0x80 ? ch : foldCodePoint(cp);
  }
  return out;
}

// Reused across calls (the layer lives in a long-lived worker): the folded units and, per unit, the
// original [start, end) it came from. Views copy out only the part they keep.
let codes = new Uint16Array(1 << 14);
let starts = new Int32Array(1 << 14);
let ends = new Int32Array(1 << 14);

function reserve(capacity: number, keep: number): void {
  if (capacity <= codes.length) return;
  const size = Math.max(capacity, codes.length * 2);
  const grownCodes = new Uint16Array(size);
  const grownStarts = new Int32Array(size);
  const grownEnds = new Int32Array(size);
  grownCodes.set(codes.subarray(0, keep));
  grownStarts.set(starts.subarray(0, keep));
  grownEnds.set(ends.subarray(0, keep));
  codes = grownCodes;
  starts = grownStarts;
  ends = grownEnds;
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
// Characters an attacker puts between letters: space . - _ * | + ~ , / \ : ; ' " ` and tab.
const isSpacer = (c: number): boolean =>
  c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 124 || c === 43 || c === 126 ||
  c === 44 || c === 47 || c === 92 || c === 58 || c === 59 || c === 39 || c === 34 || c === 96 || c === 9;
const MAX_GAP = 3;
const MIN_SPACED_LETTERS = 4;

/**
 * Joins "i g n o r e  a l l" / "i.g.n.o.r.e" into words, in place over the first `len` buffer units,
 * starting at `from` (everything before it is left as is); returns the new length. The shortest gap
 * of a run is the in-word separator and disappears; any other gap is a word break and becomes one space.
 */
function collapseSpacedOut(len: number, from: number): number {
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
      codes[w] = codes[r]!; starts[w] = starts[r]!; ends[w] = ends[r]!; w++; r++;
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
      if (!sameGap(q, g - q, innerLen)) {
        codes[w] = 32; starts[w] = starts[q]!; ends[w] = ends[g - 1]!; w++;
      }
      q = g;
    }
    r = pos + 1;
  }
  return w;
}

const innerGap = new Uint16Array(MAX_GAP);

function sameGap(a: number, aLen: number, innerLen: number): boolean {
  if (aLen !== innerLen) return false;
  for (let k = 0; k < aLen; k++) if (codes[a + k] !== innerGap[k]) return false;
  return true;
}

// Leet digits count only inside tokens that mix them with letters, so plain numbers stay numbers.
const LEET_HINT = /[a-z][013457@$]|[013457@$][a-z]/;
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
function foldLeetUnits(len: number): boolean {
  const cs = codes;
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
const NON_ASCII = /[^\t-~\r\n]/;

/** Where the first run collapse would join starts, or -1 when collapsing would change nothing. */
function firstSpacedRun(folded: string): number {
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

// Little-endian hosts (all Node targets) can hand the unit buffer to the native UTF-16 decoder.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const CHUNK = 8192;

function unitsToString(len: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, len * 2).toString('utf16le');
  const parts: string[] = [];
  for (let i = 0; i < len; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** A view over folded text whose offsets map back through per-character start/end tables. */
class MappedView implements TextView {
  constructor(
    readonly text: string,
    readonly encoding: string,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
    private readonly originalLength: number,
  ) {}

  toOriginal(start: number, end: number): [number, number] {
    const n = this.text.length;
    if (n === 0) return [0, 0];
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (this.starts === null || this.ends === null) return [s, e];
    if (e === s) {
      const p = s < n ? this.starts[s]! : this.originalLength;
      return [p, p];
    }
    return [this.starts[s]!, this.ends[e - 1]!];
  }
}

/** Normalises text for matching; the returned view's toOriginal maps back to offsets in `text`. */
export function normalize(text: string): TextView {
  const n = text.length;
  let len: number;
  let identity: boolean;
  let folded: string;
  let run: number;
  if (!NON_ASCII.test(text)) {
    // Plain ASCII needs no per-character map unless spaced-out text shortens it.
    folded = text.toLowerCase();
    run = firstSpacedRun(folded);
    if (run < 0 && !LEET_HINT.test(folded)) return new MappedView(folded, '', null, null, n);
    reserve(n, 0);
    const cs = codes;
    for (let i = 0; i < n; i++) cs[i] = folded.charCodeAt(i);
    if (run >= 0) for (let i = 0; i < n; i++) { starts[i] = i; ends[i] = i + 1; }
    len = n;
    identity = true;
  } else {
    ({ len, identity } = foldInto(text));
    folded = unitsToString(len);
    run = firstSpacedRun(folded);
  }
  let changed = false;
  if (run >= 0) {
    len = collapseSpacedOut(len, run);
    identity = false;
    changed = true;
  }
  if (foldLeetUnits(len)) changed = true;
  const out = changed ? unitsToString(len) : folded;
  return identity
    ? new MappedView(out, '', null, null, n)
    : new MappedView(out, '', starts.slice(0, len), ends.slice(0, len), n);
}

/**
 * Folds `text` into the shared buffers. The arrays are held in locals (module bindings are slower in
 * a hot loop) and re-read after every reserve(), which may replace them.
 */
function foldInto(text: string): { len: number; identity: boolean } {
  const n = text.length;
  reserve(n + 16, 0);
  let cs = codes;
  let ss = starts;
  let es = ends;
  let len = 0;
  // True while unit k maps to original [k, k + 1): such a view needs no map at all.
  let identity = true;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      cs[len] = c >= 65 && c <= 90 ? c + 32 : c;
      ss[len] = i;
      es[len] = i + 1;
      len++;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // Tag characters spell ASCII invisibly; surface what they smuggle.
    const tag = cp >= 0xe0020 && cp <= 0xe007e ? cp - 0xe0000 : -1;
    const folded = tag >= 0 ? String.fromCharCode(tag >= 65 && tag <= 90 ? tag + 32 : tag) : foldCodePoint(cp);
    if (len + folded.length + (n - i) > cs.length) {
      reserve(len + folded.length + (n - i), len);
      cs = codes;
      ss = starts;
      es = ends;
    }
    for (let k = 0; k < folded.length; k++) {
      cs[len] = folded.charCodeAt(k);
      ss[len] = i;
      es[len] = i + width;
      len++;
    }
    if (width !== 1 || folded.length !== 1 || tag >= 0) identity = false;
    i += width;
  }
  return { len, identity };
}
