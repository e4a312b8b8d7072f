// Generated benign rows from filled templates (over-defense prose, everyday chat): one template split
// between training and validation, one slot filler, one loop that keeps `count` distinct texts.
import type { Row } from './datasets.js';
import type { Rng } from '../rng.js';

/** Every fifth template is kept for validation only, so validation measures templates training never saw. */
export function templatesFor<T>(templates: readonly T[], side: 'train' | 'validation'): T[] {
  return templates.filter((_, i) => (i % 5 === 4) === (side === 'validation'));
}

/** `template` with each `{slot}` replaced by a seeded pick from `slots[slot]`. */
export function fillTemplate(template: string, slots: Readonly<Record<string, readonly string[]>>, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => rng.pick(slots[slot] ?? [slot]));
}

/** Up to `count` distinct benign rows from `make`, tried at most `maxTries` times, one group per row. */
export function distinctBenignRows(
  count: number,
  maxTries: number,
  make: () => string,
  meta: { prefix: string; file: string; category: string },
): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (let tries = 0; out.length < count && tries < maxTries; tries++) {
    const text = make();
    if (seen.has(text)) continue;
    seen.add(text);
    const id = `${meta.prefix}#${out.length}`;
    out.push({ text, label: 0, source: id, file: meta.file, group: id, category: meta.category });
  }
  return out;
}
