// The scan pipeline: prepare each job once, run every layer over the batch, then apply the policy
// and build the sanitized copy. Runs inside a pool worker, or in-process for the CLI and tests.
import type { PolicyThresholds } from './config.js';
import type { Layer, LayerOutput, ScanDocument } from './layers/layer.js';
import { decide } from './policy.js';
import { sanitize } from './sanitize.js';
import type { Finding, LayerScores, ScanJob, ScanResult } from './scan-types.js';
import { documentViews } from './text/document-views.js';
import type { TextView } from './text/text-view.js';

export interface Pipeline {
  readonly version: string;
  scanBatch(jobs: readonly ScanJob[]): Promise<ScanResult[]>;
}

class PreparedDocument implements ScanDocument {
  #views: readonly TextView[] | undefined;
  readonly memo = new Map<string, unknown>();
  constructor(readonly job: ScanJob) {}
  /** HTML is read as the text a model would see (hidden parts included), every view mapped to the markup. */
  get views(): readonly TextView[] {
    return (this.#views ??= documentViews(this.job));
  }
}

/** Loads every layer once and returns a pipeline that scans batches with them. */
export async function createPipeline(layers: readonly Layer[], thresholds: PolicyThresholds): Promise<Pipeline> {
  for (const layer of layers) await layer.load();
  const version = layers.map((l) => l.version ?? l.name).join('+');

  async function scanBatch(jobs: readonly ScanJob[]): Promise<ScanResult[]> {
    const docs = jobs.map((job) => new PreparedDocument(job));
    const scores: LayerScores[] = docs.map(() => ({ heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0 }));
    const findings: Finding[][] = docs.map(() => []);

    for (const layer of layers) {
      const indexes: number[] = [];
      for (let i = 0; i < docs.length; i++) if (layer.modes.includes(docs[i]!.job.mode)) indexes.push(i);
      if (indexes.length === 0) continue;
      const subset = indexes.length === docs.length ? docs : indexes.map((i) => docs[i]!);
      const outputs: LayerOutput[] = await layer.scoreBatch(subset);
      if (outputs.length !== subset.length) {
        throw new Error(`layer ${layer.name} returned ${outputs.length} outputs for ${subset.length} documents`);
      }
      for (let k = 0; k < indexes.length; k++) {
        const i = indexes[k]!;
        const out = outputs[k]!;
        scores[i]![layer.name] = Math.max(scores[i]![layer.name] ?? 0, out.score);
        if (out.findings.length > 0) findings[i]!.push(...out.findings);
      }
    }

    return docs.map((doc, i): ScanResult => {
      const found = findings[i]!.sort((a, b) => a.start - b.start || b.score - a.score);
      const verdict = decide(doc.job.mode, scores[i]!, found, thresholds);
      return {
        ...verdict,
        scores: scores[i]!,
        findings: found,
        sanitizedText: sanitize(doc.job.text, found),
        modelVersion: version,
      };
    });
  }

  return { version, scanBatch };
}
