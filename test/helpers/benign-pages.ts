// The real benign web pages (raw HTML) of ../shared/datasets, read once per test process; undefined
// when the data set is not next to the repository.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from '../../training/data/datasets.js';

export const DATASETS_DIR = fileURLToPath(new URL('../../../shared/datasets', import.meta.url));
const PAGES_FILE = join(DATASETS_DIR, 'web_benign/readability_pages_html.jsonl');

let pages: { text: string; source: string }[] | undefined;

export function benignPages(): { text: string; source: string }[] | undefined {
  if (!existsSync(PAGES_FILE)) return undefined;
  return (pages ??= readJsonl(PAGES_FILE));
}
