// In-process latency of the full local pipeline (heuristic, credential, classifier, semantic) on real
// ~100 KB HTML pages and ~1 KB texts, plus how the time splits between layers. Figures go to MODEL_CARD.md.
// Run: node --import tsx bench/learned-layers.ts [--runs N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CredentialLayer } from '../inference/layers/credentials/credential-layer.js';
import { HeuristicLayer } from '../inference/layers/heuristic/heuristic-layer.js';
import { ClassifierLayer } from '../inference/layers/classifier/classifier-layer.js';
import { SemanticLayer } from '../inference/layers/semantic/semantic-layer.js';
import type { Layer } from '../inference/layers/layer.js';
import { createPipeline, type Pipeline } from '../inference/pipeline.js';
import type { ScanJob } from '../inference/scan-types.js';
import { englishTexts } from './corpus.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
const DATASETS = new URL('../../shared/datasets/web_benign/', import.meta.url);

function readRows(file: string): { text: string; source: string }[] {
  return readFileSync(new URL(file, DATASETS), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; source: string });
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

const job = (text: string, contentType: ScanJob['contentType']): ScanJob => ({ text, mode: 'content', contentType });

async function timeJobs(pipeline: Pipeline, jobs: readonly ScanJob[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const j of jobs) {
      const t0 = performance.now();
      await pipeline.scanBatch([j]);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

async function main(): Promise<void> {
  const all: Layer[] = [new HeuristicLayer(), new CredentialLayer(), new ClassifierLayer(), new SemanticLayer()];
  const pipelines: [string, Pipeline][] = [
    ['all local layers', await createPipeline(all, { warn: 0.4, block: 0.7 })],
    ['heuristic + credential', await createPipeline(all.slice(0, 2), { warn: 0.4, block: 0.7 })],
  ];
  // Pages of 90–140 KB, the size the 40 ms budget is set for.
  const pages = readRows('readability_pages_html.jsonl').filter((r) => r.text.length >= 90_000 && r.text.length <= 140_000);
  const pageJobs = pages.map((p) => job(p.text, 'html'));
  const texts = englishTexts(200).map((t) => job(t, 'text'));
  const p = (x: number): string => x.toFixed(2).padStart(8);
  console.log(`pages: ${pages.length} of 90–140 KB (median ${(quantile(pages.map((x) => x.text.length), 0.5) / 1024).toFixed(0)} KB); texts: 200 × 1 KB; rounds: ${RUNS}`);
  console.log('pipeline                     100 KB p50   p90     1 KB p50   p99');
  for (const [name, pipeline] of pipelines) {
    await timeJobs(pipeline, pageJobs, 2);
    await timeJobs(pipeline, texts, 2);
    const pageTimes = await timeJobs(pipeline, pageJobs, Math.max(1, Math.round(RUNS / 3)));
    const textTimes = await timeJobs(pipeline, texts, RUNS);
    console.log(`${name.padEnd(26)} ${p(quantile(pageTimes, 0.5))} ${p(quantile(pageTimes, 0.9))}   ${p(quantile(textTimes, 0.5))} ${p(quantile(textTimes, 0.99))}`);
  }
  const [, full] = pipelines[0]!;
  const decisions = new Map<string, number>();
  for (const j of pageJobs) {
    const [r] = await full.scanBatch([j]);
    decisions.set(r?.decision ?? '?', (decisions.get(r?.decision ?? '?') ?? 0) + 1);
  }
  console.log(`decisions on the benign pages (all layers): ${[...decisions].map(([d, n]) => `${d} ${n}`).join(', ')}`);
}

await main();
