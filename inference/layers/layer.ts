// The one shape every detection layer has: load once per worker, score a batch, explain findings.
// Adding a layer means one new file implementing Layer and one entry in layers/index.ts.
import type { Finding, LayerScores, ScanJob, ScanModeName } from '../scan-types.js';
import type { TextView } from '../text/text-view.js';

/** A job prepared once for all layers: the original text plus the de-obfuscated views of it. */
export interface ScanDocument {
  readonly job: ScanJob;
  /**
   * Views of the text to match against: the normalised text first, then decoded embedded payloads
   * (base64, hex, …). Each maps its offsets back to the original text. Built lazily, once.
   */
  readonly views: readonly TextView[];
  /**
   * Per-document scratch space shared by the layers of one scan, so work two layers need (e.g. the
   * featurisation both learned layers use) is done once. Key by the producing module's name.
   * Always present in the pipeline; optional so hand-built documents in tests need not carry it.
   */
  readonly memo?: Map<string, unknown>;
  /**
   * Findings of the first-stage layers, set before a second-stage (`stage: 'borderline'`) layer runs,
   * so it can look where the others looked (e.g. send an LLM the text around the strongest finding).
   */
  readonly priorFindings?: readonly Finding[];
}

/** Combined scores a borderline layer is consulted on: [warn − belowWarn, block + aboveBlock). */
export interface BorderlineBand {
  belowWarn: number;
  aboveBlock: number;
}

export interface LayerOutput {
  /** 0..1; 0 when the layer found nothing. */
  score: number;
  findings: Finding[];
  /**
   * The layer could not judge this document (an outside service failed or timed out): `score` is
   * ignored and its LayerScores field stays unset, so the other layers decide (fail-open).
   */
  abstain?: boolean;
  /**
   * More spans of the same attacks for the sanitised copy only: neither reported as threats nor
   * scored (a layer caps what it reports, but every copy of an attack must go from the copy).
   */
  cutSpans?: Finding[];
}

export interface Layer {
  /** Which field of LayerScores this layer fills. */
  readonly name: keyof LayerScores;
  /** Version of the rules or model, reported in every response (e.g. "heuristic-3"). */
  readonly version?: string;
  /** Modes the layer runs in; documents of other modes are not passed to it. */
  readonly modes: readonly ScanModeName[];
  /**
   * Unset: the layer scores every document of its modes. 'borderline': a second stage, run after the
   * first-stage layers only on documents whose combined score lies in `borderlineBand` around the
   * policy thresholds (slow or paid layers such as the LLM judge, whose answer matters only there).
   */
  readonly stage?: 'borderline';
  /** Band for a borderline layer; the pipeline's default (0.15 below warn, 0.1 above block) otherwise. */
  readonly borderlineBand?: BorderlineBand;
  /** Called once per worker before the first batch (load rules, models, indexes). */
  load(): Promise<void>;
  /**
   * Compiles now what the layer would otherwise compile on first use, so the first requests do not pay for it
   * (warm-up.ts). Optional; called once, after load, when the worker warms up.
   */
  compile?(): void;
  /** Scores a batch; returns one output per document, in order. */
  scoreBatch(docs: readonly ScanDocument[]): LayerOutput[] | Promise<LayerOutput[]>;
}
