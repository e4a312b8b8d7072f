// The original buildViews (whole-text finder regexes, original normaliser), kept as the reference
// the span-guided inference/text/deobfuscate.ts must reproduce view for view. It runs every finder
// over the whole text, with no prescan mask or spans, so a blob prescan misses shows up as a difference.
import { DECODERS, ENGLISH_HINTS, ROT13_TRIGGERS, rot13 } from '../../inference/text/decoders.js';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from '../../inference/text/deobfuscate.js';
import type { TextView } from '../../inference/text/text-view.js';
import { referenceNormalize as normalize } from './reference-normalize.js';

/** A decoded payload: every offset in it maps to the whole encoded blob in the original text. */
class DecodedView implements TextView {
  constructor(
    readonly text: string,
    readonly encoding: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  toOriginal(): [number, number] {
    return [this.start, this.end];
  }
}

/** ROT13 keeps offsets, so the rotated view reuses its source view's map. */
class RotatedView implements TextView {
  constructor(
    readonly text: string,
    readonly encoding: string,
    private readonly source: TextView,
  ) {}

  toOriginal(start: number, end: number): [number, number] {
    return this.source.toOriginal(start, end);
  }
}

interface Pending {
  /** Raw (un-normalised) text to search for blobs; decoders are case-sensitive. */
  raw: string;
  encoding: string;
  depth: number;
  /** Where this text sits in the original: the whole input (start 0, identity) or a blob. */
  start: number;
  end: number;
  identity: boolean;
}

const MIN_ENGLISH_HINTS = 2;

function rot13View(view: TextView, encoding: string): TextView | null {
  if (!ROT13_TRIGGERS.test(view.text)) return null;
  const rotated = rot13(view.text);
  const hints = rotated.match(ENGLISH_HINTS);
  if (hints === null || hints.length < MIN_ENGLISH_HINTS) return null;
  return new RotatedView(rotated, encoding === '' ? 'rot13' : `${encoding}>rot13`, view);
}

/** The normalised view first, then decoded payload views in discovery order. */
export function referenceBuildViews(text: string, limits?: Partial<DecodeLimits>): TextView[] {
  const lim: DecodeLimits = { ...DEFAULT_DECODE_LIMITS, ...limits };
  const root = normalize(text);
  const views: TextView[] = [root];
  let budget = Math.min(lim.maxTotalChars, Math.ceil(text.length * lim.sizeRatio));
  const rootRot = rot13View(root, '');
  if (rootRot !== null) views.push(rootRot);

  const queue: Pending[] = [{ raw: text, encoding: '', depth: 0, start: 0, end: text.length, identity: true }];
  for (let q = 0; q < queue.length; q++) {
    const item = queue[q]!;
    if (item.depth >= lim.maxDepth) continue;
    for (const decoder of DECODERS) {
      decoder.find.lastIndex = 0;
      for (let m = decoder.find.exec(item.raw); m !== null; m = decoder.find.exec(item.raw)) {
        if (budget <= 0) return views;
        const [from, to] = decoder.expand?.(item.raw, m.index, m.index + m[0].length) ?? [m.index, m.index + m[0].length];
        const blob = item.raw.slice(from, to);
        const decoded = decoder.decode(blob);
        if (decoded === null || decoded.length > budget) continue;
        budget -= decoded.length + (views.length > lim.freeViews ? lim.viewCost : 0);
        const start = item.identity ? from : item.start;
        const end = item.identity ? to : item.end;
        const encoding = item.encoding === '' ? decoder.name : `${item.encoding}>${decoder.name}`;
        const view = new DecodedView(normalize(decoded).text, encoding, start, end);
        views.push(view);
        const rotated = rot13View(view, encoding);
        if (rotated !== null) views.push(rotated);
        queue.push({ raw: decoded, encoding, depth: item.depth + 1, start, end, identity: false });
      }
    }
  }
  return views;
}
