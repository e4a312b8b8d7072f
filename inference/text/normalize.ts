// Folds text to the form the detectors match against (NFKC, no invisibles, ASCII look-alikes, lower
// case, spaced-out and leetspeak words joined) while keeping a per-character map to the original.
import type { TextView } from './text-view.js';
import { CONFUSABLES, isInvisible } from './confusables.js';
import { LEET_HINT, collapseSpacedOut, firstSpacedRun, foldLeetUnits } from './word-joining.js';

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

const NON_ASCII = /[^\t-~\r\n]/;

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
    len = collapseSpacedOut(codes, starts, ends, len, run);
    identity = false;
    changed = true;
  }
  if (foldLeetUnits(codes, len)) changed = true;
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
