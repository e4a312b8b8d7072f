// Reads the exemplar index written by training: a flat little-endian float32 file of unit vectors
// plus JSON metadata (family and source file of each vector), named in the manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExemplarEntry } from '../layers/semantic/exemplar-index.js';
import { MODELS_DIR, type ModelManifest } from './model-manifest.js';

export interface ExemplarStore {
  readonly dim: number;
  readonly vectors: Float32Array;
  readonly entries: readonly ExemplarEntry[];
}

export function loadExemplars(manifest: ModelManifest, dir = MODELS_DIR): ExemplarStore {
  const bytes = readFileSync(join(dir, manifest.exemplars.vectors));
  const vectors = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const meta = JSON.parse(readFileSync(join(dir, manifest.exemplars.metadata), 'utf8')) as { entries: ExemplarEntry[] };
  if (vectors.length !== meta.entries.length * manifest.exemplars.dim) throw new Error('exemplar files disagree with the manifest');
  return { dim: manifest.exemplars.dim, vectors, entries: meta.entries };
}
