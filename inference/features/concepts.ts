// Concept features: words of CONCEPT_LEXICON in any of its forty languages map to one language-free
// concept ("ignorez", "игнорируй", "無視して" all give `ignore`), and concepts that meet in a sentence
// give a pair feature (`ignore`+`instruction`). A model trained on mostly English attacks learns
// weights for the concepts and pairs, and those carry to languages the training data barely has.
//
// Matching runs on the normalised view text, one word (run of letters, digits, marks) at a time, with
// two tries over the entries folded exactly as the text is:
// - the word trie, walked once from the word's start: `word` entries match the whole word, `stem*`
//   entries any word they start;
// - the infix trie, walked from every position: `*sub*` entries (scripts without spaces, Semitic
//   prefixes, German compound heads). Its root has few children, so a Latin word costs a lookup a letter.
import { normalize } from '../text/normalize.js';
import { CONCEPT_LEXICON } from './concept-lexicon.js';

/** Concepts are bits of a 32-bit mask. */
const MAX_CONCEPTS = 32;

/** A trie node: children by UTF-16 code unit, and the concepts an entry ending here gives. */
interface Node {
  readonly next: Map<number, Node>;
  /** Entries ending here that must end the word (`word`). */
  whole: number;
  /** Entries ending here that match whatever follows (`stem*`, `*sub*`). */
  open: number;
}

const node = (): Node => ({ next: new Map(), whole: 0, open: 0 });

function insert(root: Node, key: string, bit: number, whole: boolean): void {
  let n = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = n.next.get(c);
    if (child === undefined) {
      child = node();
      n.next.set(c, child);
    }
    n = child;
  }
  if (whole) n.whole |= bit;
  else n.open |= bit;
}

/** An entry's key in the form the view text has (the same normalise call, so folding can never disagree). */
function foldEntry(entry: string): string {
  return normalize(entry).text.trim();
}

export class ConceptMatcher {
  /** Concept names, in bit order. */
  readonly names: readonly string[];
  readonly #words = node();
  readonly #infixes = node();
  /** Code units that start an infix entry, and the shortest infix entry starting with an ASCII letter. */
  readonly #infixStarts = new Uint8Array(65536);
  #asciiInfixMin = Infinity;

  constructor(lexicon: Readonly<Record<string, readonly string[]>> = CONCEPT_LEXICON) {
    this.names = Object.keys(lexicon);
    if (this.names.length > MAX_CONCEPTS) throw new Error(`at most ${MAX_CONCEPTS} concepts (got ${this.names.length})`);
    this.names.forEach((name, k) => {
      const bit = 1 << k;
      for (const entry of lexicon[name]!) {
        const infix = entry.length > 2 && entry.startsWith('*') && entry.endsWith('*');
        const stem = !infix && entry.endsWith('*');
        const key = foldEntry(infix ? entry.slice(1, -1) : stem ? entry.slice(0, -1) : entry);
        if (key === '' || /[\s*]/u.test(key)) throw new Error(`concept ${name}: entry '${entry}' is not one word`);
        insert(infix ? this.#infixes : this.#words, key, bit, !infix && !stem);
        if (infix) {
          this.#infixStarts[key.charCodeAt(0)] = 1;
          if (key.charCodeAt(0) < 0x80) this.#asciiInfixMin = Math.min(this.#asciiInfixMin, key.length);
        }
      }
    });
  }

  /** The concepts (a bit mask) of the word text[w0, w1); the text is normalised view text. */
  match(text: string, w0: number, w1: number): number {
    let mask = 0;
    let n: Node | undefined = this.#words;
    for (let i = w0; i < w1 && n !== undefined; i++) {
      n = n.next.get(text.charCodeAt(i));
      if (n === undefined) break;
      mask |= n.open;
      if (i === w1 - 1) mask |= n.whole;
    }
    // An ASCII word shorter than the shortest ASCII infix holds none (most words of Latin text).
    if (w1 - w0 < this.#asciiInfixMin && isAscii(text, w0, w1)) return mask;
    const infixes = this.#infixes;
    const starts = this.#infixStarts;
    for (let s = w0; s < w1; s++) {
      if (starts[text.charCodeAt(s)] === 0) continue;
      let m = infixes.next.get(text.charCodeAt(s));
      for (let i = s + 1; m !== undefined; i++) {
        mask |= m.open;
        if (i >= w1) break;
        m = m.next.get(text.charCodeAt(i));
      }
    }
    return mask;
  }

  /** The concept names of a mask (tests, tools). */
  namesOf(mask: number): string[] {
    return this.names.filter((_, k) => (mask & (1 << k)) !== 0);
  }
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

let shared: ConceptMatcher | undefined;

/** The served lexicon's matcher, built once per process (the trie takes a few milliseconds). */
export function conceptMatcher(): ConceptMatcher {
  shared ??= new ConceptMatcher();
  return shared;
}
