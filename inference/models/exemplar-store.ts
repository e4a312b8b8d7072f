// Reads the exemplar metadata written by training (family and source file of each vector); the
// vectors themselves are baked into the encoder graph, attacks first, in this order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExemplarEntry } from '../layers/semantic/exemplar-index.js';
import { MODELS_DIR, type ModelManifest } from './model-manifest.js';

export interface ExemplarStore {
  /** The encoder's attack_index points into this list. */
  readonly attacks: readonly ExemplarEntry[];
  readonly benign: readonly ExemplarEntry[];
}

export function loadExemplars(manifest: ModelManifest, dir = MODELS_DIR): ExemplarStore {
  const meta = JSON.parse(readFileSync(join(dir, manifest.exemplars.metadata), 'utf8')) as { entries: ExemplarEntry[] };
  const attacks = meta.entries.filter((e) => e.label === 1);
  const benign = meta.entries.filter((e) => e.label === 0);
  if (attacks.length !== manifest.exemplars.attacks || benign.length !== manifest.exemplars.benign) {
    throw new Error('exemplar metadata disagrees with the manifest');
  }
  return { attacks, benign };
}
