// Authored rows: attacks and hard benign texts written for this project, one by one, and committed
// with it (training/data/authored/*.jsonl, our own text, released under CC0-1.0; see its README).
//
// Why: the public corpora are narrow where attacks are wide. Their attacks are mostly templated
// latent injections, long persona essays and optimiser suffixes, almost all in English and German;
// attacks written fresh (a planted note in an e-mail, a short jailbreak, an override in Thai) were
// mostly missed by both learned layers. These rows name ten families in about 35 languages, and
// their benign twins use the same words for ordinary ends. They join the split like any data file:
// each row is its own group, 20% of them validation. Their attacks are also payloads of the generated
// training documents (synthesize.ts), never of the evaluation sets (evalPayloads).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../../inference/features/hash.js';
import type { Row } from './datasets.js';

export const AUTHORED_DIR = fileURLToPath(new URL('./authored/', import.meta.url));
/**
 * The look-alike files first trained on in 6.2 (held back from 5.3 to 6.1 for a model with more capacity; README.md):
 * attacks in more than 60 languages and notes for an AI in fresh wording, with as many benign texts written to resemble them
 * (orders to people, AI-usage policies, security reports that quote an attack, corrections). They bind the learned
 * layers' BLOCK points but not their WARN points (pipeline.ts, WARN_POINT_EXCLUDES).
 */
export const LOOKALIKE_FILES = ['authored/multilingual.jsonl', 'authored/addressed_notes.jsonl', 'authored/translated_families.jsonl'] as const;
/**
 * Ordinary content an agent reads, written for 6.3 and held back: HTML pages (product pages, recipes, news, help
 * centres…; 70% not English) and tool outputs and e-mails (JSON payloads, logs, incident records, scanner reports;
 * mail in 26 languages), benign only. The 6.2 models alone had BLOCKed benign French and Dutch pages, a product launch,
 * a recipe, a Spanish support mail and JSON incident logs of a sixteenth fresh set, and the corpora hold 68 pages and
 * no tool output. A model trained on them (also as carriers of the generated injected documents) BLOCKed more benign
 * pages of a seventeenth fresh set written at the same time, not fewer (4 of 130 against 2; docs/MODEL_CARD.md), so
 * they wait for a model that reads them better.
 */
export const CONTENT_FILES = ['authored/pages.jsonl', 'authored/tools_and_mail.jsonl'] as const;
export const AUTHORED_FILES = [
  'authored/attacks.jsonl',
  'authored/documents.jsonl',
  'authored/benign.jsonl',
  'authored/agent_notes.jsonl',
  'authored/persuasion.jsonl',
  ...LOOKALIKE_FILES,
] as const;

/** Authored attack families → the attack categories the corpora use (encoder classes, semantic explanations). */
const FAMILY_CATEGORY: Record<string, string> = {
  override: 'instruction_override',
  hijack: 'instruction_override',
  fake_turns: 'instruction_override',
  exfiltration: 'instruction_override',
  extraction: 'prompt_leak',
  persona: 'jailbreak_persona',
  pressure: 'jailbreak_persona',
  harmful_wrap: 'jailbreak_persona',
  obfuscation: 'encoded_injection',
  indirect_doc: 'indirect_injection',
};

/** The category of an authored row from its source, `authored:<family>:<lang>`. */
export function authoredCategory(file: string, source: string, label: 0 | 1): string {
  if (label === 0) return `benign:${file.replace(/\.jsonl$/, '')}`;
  const family = source.split(':')[1] ?? '';
  const category = FAMILY_CATEGORY[family];
  if (category === undefined) throw new Error(`${file}: unknown attack family in source "${source}"`);
  return category;
}

/** Whether a row is one of ours (the public corpora are everything else). */
export const isAuthored = (row: { readonly file: string }): boolean => row.file.startsWith('authored/');

/**
 * Every authored row, files in `files` order (the trained ones by default), rows in file order; `excludeFiles` as
 * loadDatasets.
 */
export function loadAuthored(excludeFiles: readonly string[] = [], files: readonly string[] = AUTHORED_FILES): Row[] {
  const rows: Row[] = [];
  for (const file of files) {
    if (excludeFiles.includes(file)) continue;
    const lines = readFileSync(join(AUTHORED_DIR, file.slice('authored/'.length)), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const o = JSON.parse(line) as { text?: unknown; label?: unknown; source?: unknown };
      if (typeof o.text !== 'string' || (o.label !== 0 && o.label !== 1) || typeof o.source !== 'string') {
        throw new Error(`${file}:${i + 1}: expected {text, label: 0|1, source}`);
      }
      const group = `${file}#${fnv1a(o.text, 0, o.text.length, 0).toString(16)}`;
      rows.push({ text: o.text, label: o.label, source: o.source, file, group, category: authoredCategory(file, o.source, o.label) });
    });
  }
  return rows;
}
