// Train/validation split by group (source document), stratified by data file: in every file about
// `fraction` of its groups go to validation, chosen by a seeded hash so the split never drifts.
import { fnv1a } from '../../inference/features/hash.js';
import type { Row } from './datasets.js';

export interface Split {
  readonly train: Row[];
  readonly validation: Row[];
}

export function splitByGroup(rows: readonly Row[], fraction: number, seed: number): Split {
  const groupsByFile = new Map<string, Set<string>>();
  for (const r of rows) {
    let s = groupsByFile.get(r.file);
    if (!s) groupsByFile.set(r.file, (s = new Set()));
    s.add(r.group);
  }
  const validationGroups = new Set<string>();
  for (const file of [...groupsByFile.keys()].sort()) {
    const groups = [...(groupsByFile.get(file) ?? [])];
    if (groups.length < 2) continue;
    const ranked = groups
      .map((g) => ({ g, h: fnv1a(g, 0, g.length, seed) }))
      .sort((a, b) => a.h - b.h || (a.g < b.g ? -1 : 1));
    const k = Math.max(1, Math.round(groups.length * fraction));
    for (const { g } of ranked.slice(0, k)) validationGroups.add(g);
  }
  const train: Row[] = [];
  const validation: Row[] = [];
  for (const r of rows) (validationGroups.has(r.group) ? validation : train).push(r);
  return { train, validation };
}
