// Look-alike characters that NFKC leaves alone, folded to the ASCII letter they imitate, plus the
// code points that render as nothing and only serve to split a word in two for a matcher.

/** Source character → ASCII replacement. Both cases listed because folding happens before lowercasing. */
const CONFUSABLE_PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic
  ['А', 'a'], ['В', 'b'], ['С', 'c'], ['Е', 'e'], ['Н', 'h'], ['І', 'i'], ['Ј', 'j'], ['К', 'k'],
  ['М', 'm'], ['О', 'o'], ['Р', 'p'], ['Ѕ', 's'], ['Т', 't'], ['Х', 'x'], ['У', 'y'], ['Ү', 'y'],
  ['Ԁ', 'd'], ['Ԛ', 'q'], ['Ԝ', 'w'], ['Ӏ', 'l'], ['а', 'a'], ['с', 'c'], ['е', 'e'], ['і', 'i'],
  ['ј', 'j'], ['о', 'o'], ['р', 'p'], ['ѕ', 's'], ['х', 'x'], ['у', 'y'], ['ү', 'y'], ['һ', 'h'],
  ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ӏ', 'l'], ['ѵ', 'v'], ['ѡ', 'w'], ['ɡ', 'g'], ['ɑ', 'a'],
  // Greek
  ['Α', 'a'], ['Β', 'b'], ['Ε', 'e'], ['Ζ', 'z'], ['Η', 'h'], ['Ι', 'i'], ['Κ', 'k'], ['Μ', 'm'],
  ['Ν', 'n'], ['Ο', 'o'], ['Ρ', 'p'], ['Τ', 't'], ['Υ', 'y'], ['Χ', 'x'], ['α', 'a'], ['ε', 'e'],
  ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'],
  ['ϲ', 'c'], ['ϳ', 'j'],
  // Armenian, Latin extensions and IPA that do not decompose
  ['օ', 'o'], ['ս', 'u'], ['հ', 'h'], ['ց', 'g'], ['ո', 'n'], ['ı', 'i'], ['ł', 'l'], ['ø', 'o'],
  ['đ', 'd'], ['ħ', 'h'], ['ŀ', 'l'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ɪ', 'i'], ['ʟ', 'l'],
  ['ɴ', 'n'], ['ʀ', 'r'], ['ᴀ', 'a'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ᴍ', 'm'], ['ᴏ', 'o'],
  ['ᴘ', 'p'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ᴢ', 'z'], ['ꜱ', 's'], ['ɢ', 'g'],
];

export const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  CONFUSABLE_PAIRS.map(([from, to]) => [from.codePointAt(0) ?? 0, to]),
);

/** Inclusive ranges of code points dropped outright: zero-width, bidi controls, fillers, variation selectors. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5],
  [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164],
  [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a],
  [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
  // Combining marks left over after NFKC: accents stacked on ASCII ("Zalgo") or used to break words.
  [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f],
];

export function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [lo, hi] of INVISIBLE_RANGES) {
    if (cp >= lo && cp <= hi) return true;
  }
  return false;
}

/** Leetspeak digit/symbol → letter, applied only inside tokens that also contain letters. */
export const LEET: ReadonlyMap<number, number> = new Map(
  [['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['@', 'a'], ['$', 's']].map(
    ([from, to]) => [(from as string).charCodeAt(0), (to as string).charCodeAt(0)],
  ),
);
