// A TextView is text to match against plus a map from its offsets back to the submitted text,
// so a finding in normalised or decoded text still points at the bytes the caller sent.

export interface TextView {
  /** The text layers match against. */
  readonly text: string;
  /** '' for the normalised original; otherwise the decoding chain, e.g. "base64" or "url>base64". */
  readonly encoding: string;
  /** Maps a [start, end) range of `text` to a [start, end) range of the original text. */
  toOriginal(start: number, end: number): [number, number];
}
