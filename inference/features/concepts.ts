// Concept features: words of CONCEPT_LEXICON in any of its forty languages map to one language-free
// concept ("ignorez", "игнорируй", "無視して" all give `ignore`), and concepts that meet in a sentence
// give a pair feature (`ignore`+`instruction`). A model trained on mostly English attacks learns
// weights for the concepts and pairs, and those carry to languages the training data barely has.
//
// Matching runs on the normalised view text, one word (run of letters, digits, marks) at a time, with
// two tries over the entries folded exactly as the text is:
// - the word trie, walked once from the word's start: `word` entries match the whole word, `stem*`
//   entries any word they start;
// - the infix trie, walked from every position that starts an entry: `*sub*` entries (scripts without
//   spaces, Semitic prefixes, German compound heads).
import { normalize } from '../text/normalize.js';
import { CONCEPT_LEXICON } from './concept-lexicon.js';

/** Concepts are bits of a 32-bit mask. */
export const MAX_CONCEPTS = 32;

/** A trie node while the lexicon is read: children by UTF-16 code unit, and the concepts an entry ending here gives. */
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

/**
 * The trie as served: nodes are numbers (0 the root) and every edge sits in one open-addressing table
 * keyed by (node, code unit), so a step is a multiply and a compare or two, not a Map lookup (a Map per
 * node cost 130 ns a word of English prose, a third of the featurizer's time).
 */
class FlatTrie {
  readonly whole: Int32Array;
  readonly open: Int32Array;
  readonly #from: Int32Array;
  readonly #unit: Uint16Array;
  readonly #to: Int32Array;
  readonly #mask: number;
  /** The root's children by code unit (every word starts there), 0 for none. */
  readonly rootChild = new Int32Array(65536);

  constructor(root: Node) {
    const nodes: Node[] = [root];
    for (let k = 0; k < nodes.length; k++) for (const child of nodes[k]!.next.values()) nodes.push(child);
    const id = new Map(nodes.map((n, k) => [n, k]));
    this.whole = Int32Array.from(nodes, (n) => n.whole);
    this.open = Int32Array.from(nodes, (n) => n.open);
    const edges = nodes.length - 1 - root.next.size;
    let capacity = 16;
    while (capacity < edges * 2) capacity *= 2;
    this.#mask = capacity - 1;
    this.#from = new Int32Array(capacity).fill(-1);
    this.#unit = new Uint16Array(capacity);
    this.#to = new Int32Array(capacity);
    for (const [c, child] of root.next) this.rootChild[c] = id.get(child)!;
    // The root's edges live in rootChild only (child() never looks node 0 up in the table).
    nodes.forEach((n, k) => {
      if (k === 0) return;
      for (const [c, child] of n.next) {
        let h = slot(k, c) & this.#mask;
        while (this.#from[h] !== -1) h = (h + 1) & this.#mask;
        this.#from[h] = k;
        this.#unit[h] = c;
        this.#to[h] = id.get(child)!;
      }
    });
  }

  /** The child of `node` along code unit `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0) return this.rootChild[c]! || -1;
    const from = this.#from;
    let h = slot(node, c) & this.#mask;
    for (let f = from[h]!; f !== -1; f = from[h]!) {
      if (f === node && this.#unit[h] === c) return this.#to[h]!;
      h = (h + 1) & this.#mask;
    }
    return -1;
  }
}

function slot(node: number, c: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) >>> 7;
}

/** An entry's key in the form the view text has (the same normalise call, so folding can never disagree). */
function foldEntry(entry: string): string {
  return normalize(entry).text.trim();
}

export class ConceptMatcher {
  /** Concept names, in bit order. */
  readonly names: readonly string[];
  readonly #words: FlatTrie;
  readonly #infixes: FlatTrie;
  /** The shortest infix entry starting with an ASCII letter. */
  #asciiInfixMin = Infinity;

  constructor(lexicon: Readonly<Record<string, readonly string[]>> = CONCEPT_LEXICON) {
    this.names = Object.keys(lexicon);
    if (this.names.length > MAX_CONCEPTS) throw new Error(`at most ${MAX_CONCEPTS} concepts (got ${this.names.length})`);
    const words = node();
    const infixes = node();
    this.names.forEach((name, k) => {
      const bit = 1 << k;
      for (const entry of lexicon[name]!) {
        const infix = entry.length > 2 && entry.startsWith('*') && entry.endsWith('*');
        const stem = !infix && entry.endsWith('*');
        const key = foldEntry(infix ? entry.slice(1, -1) : stem ? entry.slice(0, -1) : entry);
        if (key === '' || /[\s*]/u.test(key)) throw new Error(`concept ${name}: entry '${entry}' is not one word`);
        insert(infix ? infixes : words, key, bit, !infix && !stem);
        if (infix && key.charCodeAt(0) < 0x80) this.#asciiInfixMin = Math.min(this.#asciiInfixMin, key.length);
      }
    });
    this.#words = new FlatTrie(words);
    this.#infixes = new FlatTrie(infixes);
  }

  /** The concepts (a bit mask) of the word text[w0, w1); the text is normalised view text. */
  match(text: string, w0: number, w1: number): number {
    let mask = 0;
    const words = this.#words;
    for (let i = w0, n = 0; i < w1; i++) {
      n = words.child(n, text.charCodeAt(i));
      if (n < 0) break;
      mask |= words.open[n]!;
      if (i === w1 - 1) mask |= words.whole[n]!;
    }
    // An ASCII word shorter than the shortest ASCII infix holds none (most words of Latin text).
    if (w1 - w0 < this.#asciiInfixMin && isAscii(text, w0, w1)) return mask;
    const infixes = this.#infixes;
    for (let s = w0; s < w1; s++) {
      let n = infixes.rootChild[text.charCodeAt(s)]!;
      for (let i = s + 1; n > 0; i++) {
        mask |= infixes.open[n]!;
        if (i >= w1) break;
        n = infixes.child(n, text.charCodeAt(i));
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
