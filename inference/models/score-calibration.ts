// Maps a model's raw output to the 0..1 score the policy reads: a monotone piecewise-linear curve
// through knots chosen on validation data, so (warn_raw → 0.4) and (block_raw → 0.7) line up with the policy.

/** [raw, score] points, raw strictly increasing, score non-decreasing; clamped outside the first and last. */
export type CalibrationKnots = readonly (readonly [number, number])[];

/** The policy's WARN and BLOCK levels the learned thresholds are mapped onto (inference/config.ts defaults). */
export const POLICY_WARN = 0.4;
export const POLICY_BLOCK = 0.7;

/**
 * The top of the WARN band below the block point: raw scores between the warn and block thresholds
 * rise only from 0.4 to this, so two learned layers that each merely WARN on one page combine (the
 * policy's max plus damped agreement) to about 0.61, still WARN. BLOCK takes a learned layer past its
 * own block point, or agreement with a confident heuristic.
 */
export const WARN_BAND_TOP = 0.55;

/** Where the benign documents' high quantile lands: ordinary texts stay near 0 and barely add agreement. */
export const QUIET_SCORE = 0.1;

/**
 * The semantic layer's ceiling on a document of a single window (one short text): its margin then rests
 * on a handful of n-grams, and retrains move it most there (one BLOCKed four hand-written benign trigger
 * sentences alone). It may WARN; BLOCK needs another layer. Costs about 1.4 PINT-style points on the
 * validation mix (short deepset attacks), MODEL_CARD.md.
 */
export const SINGLE_WINDOW_CAP = 0.62;

/**
 * The most either learned layer gives a window of a page's unseen text read alone (document-windows.ts): high in
 * the WARN band, never BLOCK by itself. Neither model was trained on unseen text read alone (training reads the
 * page's views), and there a label or a banner is a few words the models know little about: the classifier's
 * windows of unseen text cluster at its BLOCK point (0.70–0.72) for planted notes and benign cookie copy, alt text
 * and meta descriptions alike (a Finnish cabin's "Varaa viikoksi tai viikonlopuksi", a Ukrainian diagram's alt
 * text), and the encoder puts cookie banners in 26 languages at cosine 0.84–0.94 from multilingual attacks.
 * BLOCK then takes corroboration: the two learned layers agreeing (policy.ts, learnedLayersAgree), or a rule.
 *
 * Low enough that a layer below LEARNED_AGREEMENT (0.45) adds too little in the policy's noisy-OR to reach BLOCK:
 * 1 − (1 − 0.66)(1 − 0.45 × 0.25) = 0.698. At 0.69 any other layer at 0.13 did (a Greek recipe's hidden
 * "βήμα βήμα" with the classifier at 0.17), so "never BLOCK alone" did not hold. A rule at 0.5 still does.
 */
export const UNSEEN_CEILING = POLICY_BLOCK - 0.04;

export interface KnotOptions {
  /** A high quantile of benign raw scores, mapped to QUIET_SCORE when lo < quiet < warn. */
  readonly quiet?: number;
}

/**
 * Knots through (lo → 0), optionally (quiet → 0.1), (warn → 0.4), (just below block → 0.55) and
 * (block → 0.7), (hi → 1).
 */
export function thresholdKnots(lo: number, warn: number, block: number, hi: number, o: KnotOptions = {}): CalibrationKnots {
  const quiet = o.quiet;
  // Keep raw values strictly increasing even when validation put two thresholds together.
  const w = Math.max(warn, lo + 1e-9);
  const b = Math.max(block, w + 2e-9);
  const top = b - Math.min(1e-9, (b - w) / 2);
  const low: [number, number][] = [[lo, 0]];
  if (quiet !== undefined && quiet > lo && quiet < w) low.push([quiet, QUIET_SCORE]);
  const high: [number, number][] = [[b, POLICY_BLOCK], [Math.max(hi, b + 1e-9), 1]];
  return [...low, [w, POLICY_WARN], [top, WARN_BAND_TOP], ...high];
}

export function calibrate(raw: number, knots: CalibrationKnots): number {
  const first = knots[0];
  if (!first) return raw;
  if (raw <= first[0]) return first[1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i]!;
    if (raw <= x1) {
      const [x0, y0] = knots[i - 1]!;
      return y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return knots[knots.length - 1]![1];
}

/**
 * How a document's worst window is discounted for its length. A document of n windows gets n draws at a
 * high score, so a long benign page's worst window sits higher than a short text's by about the slope of
 * the benign score tail times ln(n): without the discount, thresholds chosen on short texts let one page
 * in three WARN. The worst window loses `slope × ln(n / reference)` once n passes `reference`, so the
 * false-positive rate of a page is about that of a short text, and a planted instruction still stands out
 * by its margin over the page's own tail.
 */
export interface LengthDiscount {
  /** Windows a document may have before any discount. */
  readonly reference: number;
  /** Raw-score units per e-fold of windows beyond `reference`. */
  readonly slope: number;
}

/** Models before 3.1 were calibrated without a length discount. */
export const NO_DISCOUNT: LengthDiscount = { reference: 1, slope: 0 };

export function lengthDiscount(windows: number, d: LengthDiscount): number {
  return windows > d.reference ? d.slope * Math.log(windows / d.reference) : 0;
}

/** Each document's length discount, from how many windows it has in `owners`. */
export function documentDiscounts(owners: readonly { readonly doc: number }[], docs: number, d: LengthDiscount): Float64Array {
  const counts = new Float64Array(docs);
  for (const o of owners) counts[o.doc]!++;
  for (let i = 0; i < docs; i++) counts[i] = lengthDiscount(counts[i]!, d);
  return counts;
}
