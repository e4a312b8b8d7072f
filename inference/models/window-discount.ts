// How much each window of a document is discounted for the document's length. The worst window of a
// long benign page drifts up with the number of windows, so thresholds are set on the worst window less
// a discount that grows with that number (score-calibration.ts). A page's unseen text (hidden elements,
// comments, alt/title/aria-label text) is also read as a document of its own (document-windows.ts), and
// those windows are discounted as that document would be: by their own count, not by how long the
// visible page is, so a hidden instruction in a 100 KB page weighs what it would in its hidden text alone.
import { lengthDiscount, type LengthDiscount } from './score-calibration.js';

/** Each window's discount, given the document's window count and where its unseen-text windows begin. */
export function windowDiscounts(windows: number, unseenFrom: number, discount: LengthDiscount): Float64Array {
  const out = new Float64Array(windows);
  out.fill(lengthDiscount(unseenFrom, discount), 0, unseenFrom);
  out.fill(lengthDiscount(windows - unseenFrom, discount), unseenFrom);
  return out;
}

/**
 * The ceilings of a document's regular and unseen windows: `cap` for a family of one window (a short
 * text; see SINGLE_WINDOW_CAP), none (1) otherwise. The page and its unseen text count apart, so a
 * short text gains no headroom from hidden text beside it, nor its hidden text from the page.
 */
export function oneWindowCaps(windows: number, unseenFrom: number, cap: number): [regular: number, unseen: number] {
  return [unseenFrom === 1 ? cap : 1, windows - unseenFrom === 1 ? cap : 1];
}
