// The scan pipeline: prepare each job once, run every first-stage layer over the batch (and over the
// conversation view of jobs with earlier turns), consult borderline layers where the combined score
// is close to a threshold, then apply the policy and build the sanitized copy. Runs inside a pool
// worker, or in-process for the CLI and tests.
import type { PolicyThresholds } from './config.js';
import type { BorderlineBand, Layer, LayerOutput, ScanDocument } from './layers/layer.js';
import { mergeConversation } from './multiturn/conversation-merge.js';
import { conversationView } from './multiturn/conversation-view.js';
import { classifierCounts, combineScores, decide } from './policy.js';
import { sanitize, spansToCut } from './sanitize.js';
import type { Finding, LayerScores, ScanJob, ScanResult } from './scan-types.js';
import { documentViews } from './text/document-views.js';
import type { TextView } from './text/text-view.js';

export interface Pipeline {
  readonly version: string;
  scanBatch(jobs: readonly ScanJob[]): Promise<ScanResult[]>;
  /** Compiles what every layer would compile on first use (Layer.compile): a worker's warm-up runs it. */
  compile(): void;
}

/** Where a borderline layer is consulted when it names no band of its own. */
export const DEFAULT_BORDERLINE_BAND: BorderlineBand = { belowWarn: 0.15, aboveBlock: 0.1 };

class PreparedDocument implements ScanDocument {
  #views: readonly TextView[] | undefined;
  readonly memo = new Map<string, unknown>();
  priorFindings: readonly Finding[] | undefined;
  constructor(readonly job: ScanJob) {}
  /** HTML is read as the text a model would see (hidden parts included), every view mapped to the markup. */
  get views(): readonly TextView[] {
    return (this.#views ??= documentViews(this.job));
  }
}

interface Tally {
  scores: LayerScores[];
  findings: Finding[][];
  /** Spans cut from the sanitised copy beyond the findings (LayerOutput.cutSpans). */
  cuts: Finding[][];
}

/** One layer's outputs for the documents at `candidates` that are of its modes. */
interface LayerRun {
  layer: Layer;
  indexes: number[];
  outputs: LayerOutput[];
}

async function scoreLayer(layer: Layer, docs: readonly PreparedDocument[], candidates: readonly number[]): Promise<LayerRun> {
  const indexes = candidates.filter((i) => layer.modes.includes(docs[i]!.job.mode));
  if (indexes.length === 0) return { layer, indexes, outputs: [] };
  const subset = indexes.length === docs.length ? docs : indexes.map((i) => docs[i]!);
  const outputs: LayerOutput[] = await layer.scoreBatch(subset);
  if (outputs.length !== subset.length) {
    throw new Error(`layer ${layer.name} returned ${outputs.length} outputs for ${subset.length} documents`);
  }
  return { layer, indexes, outputs };
}

function fold({ layer, indexes, outputs }: LayerRun, tally: Tally): void {
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const out = outputs[k]!;
    if (out.abstain) continue;
    tally.scores[i]![layer.name] = Math.max(tally.scores[i]![layer.name] ?? 0, out.score);
    if (out.findings.length > 0) tally.findings[i]!.push(...out.findings);
    // A loop, not push(...): a repeated attack can yield tens of thousands of spans.
    if (out.cutSpans !== undefined) for (const span of out.cutSpans) tally.cuts[i]!.push(span);
  }
}

function inBand(score: number, thresholds: PolicyThresholds, band: BorderlineBand): boolean {
  return score >= thresholds.warn - band.belowWarn && score < thresholds.block + band.aboveBlock;
}

/** Loads every layer once and returns a pipeline that scans batches with them. */
export async function createPipeline(layers: readonly Layer[], thresholds: PolicyThresholds): Promise<Pipeline> {
  for (const layer of layers) await layer.load();
  const version = layers.map((l) => l.version ?? l.name).join('+');
  const firstStage = layers.filter((l) => l.stage === undefined);
  const borderline = layers.filter((l) => l.stage === 'borderline');

  async function scanBatch(jobs: readonly ScanJob[]): Promise<ScanResult[]> {
    const docs = jobs.map((job) => new PreparedDocument(job));
    // Conversation views ride in the same batch after the documents, so every layer still sees one batch.
    const views: { owner: number; currentStart: number }[] = [];
    for (let i = 0; i < jobs.length; i++) {
      if (jobs[i]!.turns === undefined) continue;
      const view = conversationView(jobs[i]!);
      if (view === undefined) continue;
      views.push({ owner: i, currentStart: view.currentStart });
      docs.push(new PreparedDocument(view.job));
    }
    const tally: Tally = {
      scores: docs.map(() => ({ heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0 })),
      findings: docs.map(() => []),
      cuts: docs.map(() => []),
    };
    const all = docs.map((_, i) => i);
    // First-stage layers are independent: the model runs of the learned layers overlap (onnxruntime
    // works off this thread), and results fold in list order so findings keep a fixed order.
    for (const run of await Promise.all(firstStage.map((layer) => scoreLayer(layer, docs, all)))) fold(run, tally);

    for (let k = 0; k < views.length; k++) {
      const { owner, currentStart } = views[k]!;
      const v = jobs.length + k;
      mergeConversation(
        { text: jobs[owner]!.text, scores: tally.scores[owner]!, findings: tally.findings[owner]! },
        { text: docs[v]!.job.text, scores: tally.scores[v]!, findings: tally.findings[v]!, currentStart },
      );
    }

    for (const layer of borderline) {
      const band = layer.borderlineBand ?? DEFAULT_BORDERLINE_BAND;
      const indexes: number[] = [];
      for (let i = 0; i < jobs.length; i++) {
        if (!inBand(combineScores(tally.scores[i]!), thresholds, band)) continue;
        docs[i]!.priorFindings = tally.findings[i]!;
        indexes.push(i);
      }
      if (indexes.length > 0) fold(await scoreLayer(layer, docs, indexes), tally);
    }

    return jobs.map((job, i): ScanResult => {
      // An uncorroborated classifier finding is not a threat: it neither shows nor is sanitised away.
      const scores = tally.scores[i]!;
      const own = classifierCounts(scores) ? tally.findings[i]! : tally.findings[i]!.filter((f) => f.layer !== 'ml_confidence');
      const found = own.sort((a, b) => a.start - b.start || b.score - a.score);
      const verdict = decide(job.mode, scores, found, thresholds);
      return {
        ...verdict,
        scores,
        findings: found,
        sanitizedText: sanitize(job.text, spansToCut(tally.cuts[i]!.length > 0 ? [...found, ...tally.cuts[i]!] : found)),
        modelVersion: version,
      };
    });
  }

  function compile(): void {
    for (const layer of layers) layer.compile?.();
  }

  return { version, scanBatch, compile };
}
