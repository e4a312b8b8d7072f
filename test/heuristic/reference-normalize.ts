// The original per-character normaliser, kept verbatim as the reference the fast normaliser in
// inference/text/normalize.ts must reproduce exactly: same folded text, same offset map.
import type { TextView } from '../../inference/text/text-view.js';
import { CONFUSABLES, LEET, isInvisible } from '../../inference/text/confusables.js';

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

/** Growable parallel arrays: folded UTF-16 units and the original [start, end) each came from. */
class FoldBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  len = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.len === this.codes.length) this.grow();
    this.codes[this.len] = code;
    this.starts[this.len] = start;
    this.ends[this.len] = end;
    this.len++;
  }

  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
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
 * Joins "i g n o r e  a l l" / "i.g.n.o.r.e" into words, in place, from `from` on; returns the new
 * length. The shortest gap of a run is the in-word separator and disappears; any other gap is a word
 * break and becomes one space. A rejected run advances one character and is measured again from the
 * next (quadratic on long rejected runs, which is fine for a reference; the served one is linear).
 */
export function referenceCollapseSpacedOut(codes: Uint16Array, starts: Int32Array, ends: Int32Array, len: number, from = 0): number {
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
      if (isAlnum(codes[q]!) && (q === r || !isSpacer(codes[q]!))) {
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
const LEET_HINT = /[a-z][013457@$]|[013457@$][a-z]/;
const MIN_LEET_TOKEN = 3;
const MAX_LEET_TOKEN = 24;
const isLeetTokenChar = (c: number): boolean => isAlnum(c) || c === 64 || c === 36;

/** Length-preserving, so the offset map needs no update. A hand loop: this runs on every text. */
function foldLeetspeak(text: string): string {
  if (!LEET_HINT.test(text)) return text;
  let out = '';
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLeetTokenChar(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    let letters = 0;
    let leet = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isLeetTokenChar(c)) break;
      if (isLetter(c)) letters++;
      else if (LEET.has(c)) leet++;
    }
    if (letters > 0 && leet > 0 && j - i >= MIN_LEET_TOKEN && j - i <= MAX_LEET_TOKEN) {
      out += text.slice(copied, i);
      for (let k = i; k < j; k++) {
        const c = text.charCodeAt(k);
        out += String.fromCharCode(LEET.get(c) ?? c);
      }
      copied = j;
    }
    i = j;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Four isolated characters separated by short runs of spacers: the only shape collapse acts on.
// Written as a cheap prefilter (leading spacer, or anchored at the start) because it runs on every text.
const SP = String.raw`[ .\-_*|+~,/\\:;'"${'`'}\t]`;
const SPACED_TAIL = String.raw`[a-z0-9]${SP}{1,3}[a-z0-9]${SP}{1,3}[a-z0-9]${SP}{1,3}[a-z0-9](?![a-z0-9])`;
const SPACED_HINT = new RegExp(SP + SPACED_TAIL);
const SPACED_AT_START = new RegExp('^' + SPACED_TAIL);
const hasSpacedOut = (s: string): boolean => SPACED_HINT.test(s) || SPACED_AT_START.test(s);
const NON_ASCII = /[^\t-~\r\n]/;

const CHUNK = 8192;

function unitsToString(codes: Uint16Array, len: number): string {
  if (len <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]);
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
export function referenceNormalize(text: string): TextView {
  const n = text.length;
  // Plain ASCII needs no per-character map unless spaced-out text shortens it.
  if (!NON_ASCII.test(text)) {
    const lower = text.toLowerCase();
    if (!hasSpacedOut(lower)) return new MappedView(foldLeetspeak(lower), '', null, null, n);
    const buf = new FoldBuffer(n);
    for (let i = 0; i < n; i++) buf.push(lower.charCodeAt(i), i, i + 1);
    return finish(buf, n);
  }
  const buf = new FoldBuffer(n + 16);
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      buf.push(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
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
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      // Tag characters spell ASCII invisibly; surface what they smuggle.
      const a = cp - 0xe0000;
      buf.push(a >= 65 && a <= 90 ? a + 32 : a, i, i + width);
    } else {
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) buf.push(folded.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  return finish(buf, n);
}

function finish(buf: FoldBuffer, originalLength: number): TextView {
  let folded = unitsToString(buf.codes, buf.len);
  if (hasSpacedOut(folded)) {
    buf.len = referenceCollapseSpacedOut(buf.codes, buf.starts, buf.ends, buf.len);
    folded = unitsToString(buf.codes, buf.len);
  }
  return new MappedView(
    foldLeetspeak(folded), '', buf.starts.subarray(0, buf.len), buf.ends.subarray(0, buf.len), originalLength,
  );
}
