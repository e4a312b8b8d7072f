// `npm run scan`: scan text from the command line with the same pipeline the service runs,
// in-process. Exit code 0 ALLOW, 1 WARN, 2 BLOCK (the worst input decides), 64 for usage errors.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadInferenceConfig } from '../inference/config.js';
import { createLayers } from '../inference/layers/index.js';
import { createPipeline } from '../inference/pipeline.js';
import type { ContentKind, DecisionName, ScanJob, ScanModeName, ScanResult } from '../inference/scan-types.js';
import { formatHuman } from './format.js';

const USAGE = `Usage:
  npm run scan -- "text to scan"            scan one text
  npm run scan -- --file page.html          scan a file
  cat items.jsonl | npm run scan -- --json  scan JSONL from stdin: {"text": "...", "id"?, "mode"?, "content_type"?}
Options:
  --mode content|output    content: injection in text an agent reads (default); output: leaked credentials
  --content-type TYPE      auto|text|html|markdown|json|code (default auto)
  --json                   one JSON result per line instead of the human summary
Exit code: 0 ALLOW, 1 WARN, 2 BLOCK (worst of all inputs), 64 usage error.`;

const EXIT: Record<DecisionName, number> = { ALLOW: 0, WARN: 1, BLOCK: 2 };
const MODES: readonly ScanModeName[] = ['content', 'output'];
const KINDS: readonly ContentKind[] = ['auto', 'text', 'html', 'markdown', 'json', 'code'];

class UsageError extends Error {}

interface Item {
  id: string;
  job: ScanJob;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      mode: { type: 'string', default: 'content' },
      'content-type': { type: 'string', default: 'auto' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const mode = oneOf(values.mode, MODES, '--mode');
  const contentType = oneOf(values['content-type'], KINDS, '--content-type');
  const items = await readItems(positionals, values.file, mode, contentType);
  if (items.length === 0) throw new UsageError('nothing to scan');

  const config = loadInferenceConfig();
  const pipeline = await createPipeline(createLayers(), config.thresholds);
  let worst = 0;
  for (const item of items) {
    const started = performance.now();
    const [result] = (await pipeline.scanBatch([item.job])) as [ScanResult];
    const latencyMs = performance.now() - started;
    worst = Math.max(worst, EXIT[result.decision]);
    if (values.json) console.log(JSON.stringify(toJson(item.id, result, latencyMs)));
    else console.log(formatHuman(item.id, item.job, result, latencyMs, items.length > 1));
  }
  return worst;
}

async function readItems(positionals: string[], file: string | undefined, mode: ScanModeName, contentType: ContentKind): Promise<Item[]> {
  if (file !== undefined) {
    if (positionals.length > 0) throw new UsageError('give either text or --file, not both');
    return [{ id: file, job: { text: readFileSync(file, 'utf8'), mode, contentType } }];
  }
  if (positionals.length > 0) return [{ id: 'arg', job: { text: positionals.join(' '), mode, contentType } }];
  if (process.stdin.isTTY) throw new UsageError('no text given');
  const items: Item[] = [];
  let line = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new UsageError(`stdin line ${line}: not valid JSON`);
    }
    const record = parsed as { text?: unknown; id?: unknown; mode?: unknown; content_type?: unknown };
    if (typeof record.text !== 'string' || record.text === '') throw new UsageError(`stdin line ${line}: "text" must be a non-empty string`);
    items.push({
      id: record.id === undefined ? `line ${line}` : String(record.id),
      job: {
        text: record.text,
        mode: record.mode === undefined ? mode : oneOf(String(record.mode), MODES, `line ${line} mode`),
        contentType: record.content_type === undefined ? contentType : oneOf(String(record.content_type), KINDS, `line ${line} content_type`),
      },
    });
  }
  return items;
}

function toJson(id: string, r: ScanResult, latencyMs: number) {
  return {
    id,
    decision: r.decision,
    score: round(r.score),
    scores: r.scores,
    reason: r.reason,
    threats_found: r.findings.map((f) => ({
      category: f.category, severity: f.severity, description: f.description, start: f.start, end: f.end, layer: f.layer,
      ...(f.encoding && { encoding: f.encoding }),
    })),
    recommended_action: r.recommendedAction,
    sanitized_text: r.sanitizedText,
    latency_ms: round(latencyMs),
    model_version: r.modelVersion,
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${USAGE}`);
      process.exitCode = 64;
    } else {
      console.error(error);
      process.exitCode = 70;
    }
  },
);
