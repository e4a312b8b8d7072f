// Plain-object types that cross the worker-thread boundary (a scan job in, a scan result out), and the size of a batch.
// Kept free of protobuf classes so structured cloning stays cheap and the worker imports nothing heavy.

export type ScanModeName = 'content' | 'output';
export type ContentKind = 'auto' | 'text' | 'html' | 'markdown' | 'json' | 'code';
export type SeverityName = 'low' | 'medium' | 'high' | 'critical';
export type DecisionName = 'ALLOW' | 'WARN' | 'BLOCK';

export interface ConversationTurn {
  role: string;
  text: string;
}

export interface ScanJob {
  text: string;
  mode: ScanModeName;
  contentType: ContentKind;
  turns?: ConversationTurn[];
}

/** UTF-16 code units of a batch's texts and their turns: what a batch holds, as the size limits and time budgets count it. */
export function textUnits(jobs: readonly ScanJob[]): number {
  let units = 0;
  for (const job of jobs) {
    units += job.text.length;
    for (const turn of job.turns ?? []) units += turn.text.length;
  }
  return units;
}

/** One finding of one layer. Offsets are UTF-16 code units into the submitted text, end exclusive. */
export interface Finding {
  category: string;
  severity: SeverityName;
  description: string;
  start: number;
  end: number;
  layer: string;
  /** This finding's own score, 0..1. */
  score: number;
  /** How the text was hidden when found in decoded text ("base64", "rot13>base64", …); '' otherwise. */
  encoding: string;
  /** Replacement text for the sanitized copy; the default neutralises the span. */
  replacement?: string;
}

export interface LayerScores {
  heuristic: number;
  ml_confidence: number;
  semantic: number;
  llm?: number;
  credential: number;
}

export interface ScanResult {
  decision: DecisionName;
  score: number;
  scores: LayerScores;
  reason: string;
  recommendedAction: string;
  findings: Finding[];
  sanitizedText: string;
  modelVersion: string;
}
