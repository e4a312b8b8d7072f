// Measures HTML extraction (and the whole content scan of the same pages) on the real 70–140 KB pages
// of the web_benign data. Not part of the suite: `npx tsx test/text/html-extract.perf.ts [rounds]`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { createLayers } from '../../inference/layers/index.js';
import { createPipeline } from '../../inference/pipeline.js';
import { extractHtml } from '../../inference/text/html-extract.js';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets/web_benign/readability_pages_html.jsonl');
const ROUNDS = Number(process.argv[2] ?? 101);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const pages = readFileSync(PAGES, 'utf8').trim().split('\n')
  .map((line) => JSON.parse(line) as { text: string; source: string | number })
  .filter((r) => r.text.length >= 70_000 && r.text.length <= 140_000);

// Warm the JIT on every page before measuring.
for (let i = 0; i < 20; i++) for (const p of pages) extractHtml(p.text);

const pipeline = await createPipeline(createLayers(), { warn: 0.4, block: 0.7 });
const scanMs = async (text: string, contentType: 'html' | 'text'): Promise<number> => {
  const t = performance.now();
  await pipeline.scanBatch([{ text, mode: 'content', contentType }]);
  return performance.now() - t;
};

console.log('page                         KB  extract ms  per 100 KB  bare parser ms  scan html ms  scan text ms  out chars');
const per100: number[] = [];
for (const p of pages) {
  const extract: number[] = [];
  const bare: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    extract.push(time(() => extractHtml(p.text)));
    bare.push(time(() => new Parser({}).end(p.text)));
  }
  const html: number[] = [];
  const text: number[] = [];
  for (let r = 0; r < 9; r++) {
    html.push(await scanMs(p.text, 'html'));
    text.push(await scanMs(p.text, 'text'));
  }
  const kb = p.text.length / 1024;
  per100.push(median(extract) / (p.text.length / 102_400));
  const name = String(p.source).replace(/^.*test-pages\/|\/source\.html$/g, '').padEnd(26);
  console.log(
    `${name} ${kb.toFixed(0).padStart(4)}  ${median(extract).toFixed(3).padStart(10)}  ${per100.at(-1)!.toFixed(3).padStart(10)}` +
    `  ${median(bare).toFixed(3).padStart(14)}  ${median(html).toFixed(2).padStart(12)}  ${median(text).toFixed(2).padStart(12)}` +
    `  ${extractHtml(p.text).text.length.toString().padStart(9)}`,
  );
}
console.log(`median over ${pages.length} pages: ${median(per100).toFixed(3)} ms per 100 KB (${ROUNDS} rounds each)`);
