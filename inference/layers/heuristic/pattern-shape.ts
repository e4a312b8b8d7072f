// Static analysis of one rule pattern: the shortest and longest text it can consume, and literal
// anchors every match must contain, so the layer can run the rule only in windows around anchors.

export interface PatternShape {
  /** Fewest UTF-16 units a match consumes. */
  readonly minLength: number;
  /** Most UTF-16 units any attempt can consume; Infinity for unbounded quantifiers. */
  readonly maxLength: number;
  /**
   * Literals one of which occurs inside every match, or null when none could be proven (or the
   * pattern uses syntax this analysis does not model, such as positive lookarounds or back-references).
   * A negative lookaround only removes matches, so the anchors of the rest still hold; its reach is
   * reported below, so a windowed walk can give it the context it reads.
   */
  readonly anchors: readonly string[] | null;
  /** Most UTF-16 units a negative lookbehind may read before the match start (0 without one). */
  readonly lookbehind: number;
  /** Most UTF-16 units a negative lookahead may read past the longest match (0 without one). */
  readonly lookahead: number;
}

interface Info {
  min: number;
  max: number;
  /** Every string the node can match, when that set is small; null otherwise. */
  exact: string[] | null;
  /** Literals one of which every match of the node contains; null when unknown. */
  req: string[] | null;
}

// Caps keep the analysis cheap and the anchor automaton small; past them a node is "unknown".
const MAX_EXACT = 64;
const MAX_CLASS_CHARS = 8;
const ANY: Info = { min: 1, max: 1, exact: null, req: null };
const EMPTY: Info = { min: 0, max: 0, exact: [''], req: null };

class Unsupported extends Error {}

/** Drops strings that contain another member: finding the shorter one already finds them. */
function minimise(set: readonly string[]): string[] {
  const uniq = [...new Set(set)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of uniq) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/**
 * How rare a literal is in text, as a length: a character of a script written without spaces (CJK,
 * kana, Hangul) is a syllable or a word, so it counts three. "现在" is as rare as "from now"; "ai" is not.
 */
function rarity(literal: string): number {
  let n = 0;
  for (const ch of literal) n += ch.codePointAt(0)! >= 0x2e80 ? 3 : 1;
  return n;
}

/** Longer literals are rarer in prose; among equally long sets, fewer is better. */
function score(set: readonly string[]): number {
  return Math.min(6, Math.min(...set.map(rarity))) * 1000 - set.length;
}

function usable(info: Info): string[][] {
  const out: string[][] = [];
  if (info.req !== null) out.push(info.req);
  if (info.exact !== null && !info.exact.includes('')) out.push(minimise(info.exact));
  return out;
}

function pick(candidates: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  for (const c of candidates) if (best === null || score(c) > score(best)) best = c;
  return best;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function concat(parts: readonly Info[]): Info {
  let min = 0;
  let max = 0;
  const candidates: string[][] = [];
  let run: string[] | null = [''];
  let allExact = true;
  let whole: string[] | null = [''];
  for (const p of parts) {
    min += p.min;
    max += p.max;
    candidates.push(...usable(p));
    if (p.exact === null) {
      allExact = false;
      if (run !== null) candidates.push(...usable({ ...EMPTY, exact: run }));
      run = [''];
      continue;
    }
    const next: string[] | null = run === null ? null : product(run, p.exact);
    if (next === null) {
      if (run !== null) candidates.push(...usable({ ...EMPTY, exact: run }));
      run = p.exact;
    } else {
      run = next;
    }
    whole = whole === null ? null : product(whole, p.exact);
  }
  if (run !== null) candidates.push(...usable({ ...EMPTY, exact: run }));
  return { min, max, exact: allExact ? whole : null, req: pick(candidates) };
}

function alternate(branches: readonly Info[]): Info {
  const exact = branches.every((b) => b.exact !== null) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
  const reqs = branches.map((b) => pick(usable(b)));
  return {
    min: Math.min(...branches.map((b) => b.min)),
    max: Math.max(...branches.map((b) => b.max)),
    exact: exact !== null && exact.length <= MAX_EXACT ? exact : null,
    req: reqs.every((r) => r !== null) ? minimise(reqs.flat()) : null,
  };
}

function repeat(child: Info, lo: number, hi: number): Info {
  let exact: string[] | null = null;
  if (child.exact !== null && hi <= 1) exact = lo === 0 ? [...new Set(['', ...child.exact])] : child.exact;
  if (hi === 0) exact = [''];
  return { min: lo * child.min, max: hi === 0 ? 0 : hi * child.max, exact, req: lo >= 1 ? pick(usable(child)) : null };
}

/** A recursive-descent reader for the regex subset the rules are written in. */
class Reader {
  private i = 0;
  /** Longest text any negative lookbehind / lookahead in the pattern reads. */
  behind = 0;
  ahead = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return concat(parts);
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let lo: number;
    let hi: number;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      [lo, hi] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return atom;
      this.i += m[0].length;
      lo = Number(m[1]);
      hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
    }
    if (this.src[this.i] === '?') this.i++; // lazy: same language, same bounds
    return repeat(atom, lo, hi);
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') {
      const negative = this.src.startsWith('?!', this.i) ? 2 : this.src.startsWith('?<!', this.i) ? 3 : 0;
      if (negative > 0) return this.negativeLookaround(negative === 3);
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src[this.i] === '?') throw new Unsupported('positive lookaround or named group');
      const inner = this.alternation();
      if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    return { min: 1, max: 1, exact: [c], req: null };
  }

  /**
   * `(?!…)` or `(?<!…)`: consumes nothing and, being negative, only removes matches, so it adds no
   * anchor and no length. Its reach (the longest text it reads, plus one for a \\b at its edge) is noted.
   */
  private negativeLookaround(behind: boolean): Info {
    this.i += behind ? 3 : 2;
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    if (!Number.isFinite(inner.max)) throw new Unsupported('unbounded lookaround');
    if (behind) this.behind = Math.max(this.behind, inner.max + 1);
    else this.ahead = Math.max(this.ahead, inner.max + 1);
    return EMPTY;
  }

  private escape(): Info {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if ('sSwWdD'.includes(c)) return ANY;
    const ch = this.escapedChar(c);
    return { min: 1, max: 1, exact: [ch], req: null };
  }

  /** The character an escape outside the class shorthands stands for. */
  private escapedChar(c: string): string {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', 0: '\0' };
    if (simple[c] !== undefined) return simple[c];
    if (c === 'x' || c === 'u') {
      const len = c === 'x' ? 2 : 4;
      const hex = this.src.slice(this.i, this.i + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new Unsupported('escape');
      this.i += len;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (/[0-9a-zA-Z]/.test(c)) throw new Unsupported(`escape \\${c}`);
    return c;
  }

  private charClass(): Info {
    let negated = false;
    if (this.src[this.i] === '^') { negated = true; this.i++; }
    const chars = new Set<string>();
    let wide = negated;
    let prev: string | null = null;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      let ch = this.src[this.i++]!;
      if (ch === '\\') {
        const e = this.src[this.i++]!;
        if ('sSwWdDbB'.includes(e)) { wide = true; prev = null; continue; }
        ch = this.escapedChar(e);
      } else if (ch === '-' && prev !== null && this.src[this.i] !== ']') {
        let to = this.src[this.i++]!;
        if (to === '\\') to = this.escapedChar(this.src[this.i++]!);
        const span = to.charCodeAt(0) - prev.charCodeAt(0);
        if (span > MAX_CLASS_CHARS) wide = true;
        else for (let k = 1; k <= span; k++) chars.add(String.fromCharCode(prev.charCodeAt(0) + k));
        prev = null;
        continue;
      }
      chars.add(ch);
      prev = ch;
    }
    this.i++;
    if (wide || chars.size > MAX_CLASS_CHARS) return ANY;
    return { min: 1, max: 1, exact: [...chars], req: null };
  }
}

/** Shape of a pattern source (as passed to RegExp, no flags that change matching such as i or m). */
export function patternShape(source: string): PatternShape {
  try {
    const reader = new Reader(source);
    const info = reader.parse();
    const anchors = pick(usable(info));
    return { minLength: info.min, maxLength: info.max, anchors, lookbehind: reader.behind, lookahead: reader.ahead };
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
    return { minLength: 0, maxLength: Infinity, anchors: null, lookbehind: 0, lookahead: 0 };
  }
}

/** Index of the `)` closing the group opened at `open` in a pattern source, past escapes and character classes; -1 when unclosed. */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Whether the quantifier at `at` (if any) lets its atom match zero times: `?`, `*`, `{0,…}`. */
function optionalAt(source: string, at: number): boolean {
  const c = source[at];
  return c === '?' || c === '*' || (c === '{' && /^\{0[,}]/.test(source.slice(at)));
}

/** Top-level alternatives of a source, as [start, end) ranges. */
function branches(source: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let depth = 0;
  let inClass = false;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/**
 * Whether every match of `source` holds a match of `needle` (a pattern source written into it): each alternative
 * has `needle` as one of its own mandatory parts, or a group it must match (not a lookaround, not optional) of
 * which every alternative does. A proof on the text of the pattern, so a rule built from shared fragments states
 * what it needs and this checks the claim; `needle` itself must read no further than its own match does beyond
 * negative lookarounds, which see the same text either way.
 */
export function alwaysContains(source: string, needle: string): boolean {
  const within = (from: number, to: number): boolean => branches(source, from, to).every(([s, e]) => sequenceContains(s, e));
  const sequenceContains = (from: number, to: number): boolean => {
    // Groups are stepped over whole, so every position looked at is at the sequence's own level.
    let inClass = false;
    for (let i = from; i < to; i++) {
      if (!inClass && source.startsWith(needle, i) && i + needle.length <= to && !optionalAt(source, i + needle.length)) return true;
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') {
        const close = closingParen(source, i);
        if (close < 0 || close >= to) return false;
        const lookaround = /^\(\?<?[!=]/.test(source.slice(i, i + 4));
        const inner = source.startsWith('(?:', i) ? i + 3 : i + 1;
        if (!lookaround && !optionalAt(source, close + 1) && within(inner, close)) return true;
        i = close;
      }
    }
    return false;
  };
  return within(0, source.length);
}
