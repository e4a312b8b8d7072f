// Converts between the REST shapes of DESIGN.md and the protobuf messages of the inference
// service: request fields in, ScanResponse out (enums as strings, severities lower-case).
import { ContentType, Decision, ScanMode, Severity, type ScanResponse } from '../../gen/stronghold/v1/scan_pb.js';
import type { DecisionName } from '../../db/index.js';

export type ScanEndpoint = 'content' | 'output' | 'multiturn';

// Look names up with Object.hasOwn: `in` also finds what every object inherits ("constructor").
export const CONTENT_TYPES: Readonly<Record<string, ContentType>> = {
  auto: ContentType.UNSPECIFIED,
  text: ContentType.TEXT,
  html: ContentType.HTML,
  markdown: ContentType.MARKDOWN,
  json: ContentType.JSON,
  code: ContentType.CODE,
};

/** A multi-turn scan checks its last turn for injection, with the earlier turns as context. */
export const SCAN_MODES: Record<ScanEndpoint, ScanMode> = { content: ScanMode.CONTENT, output: ScanMode.OUTPUT, multiturn: ScanMode.CONTENT };

const DECISIONS: Partial<Record<Decision, DecisionName>> = {
  [Decision.ALLOW]: 'ALLOW',
  [Decision.WARN]: 'WARN',
  [Decision.BLOCK]: 'BLOCK',
};

const SEVERITIES: Record<Severity, string> = {
  [Severity.UNSPECIFIED]: 'low',
  [Severity.LOW]: 'low',
  [Severity.MEDIUM]: 'medium',
  [Severity.HIGH]: 'high',
  [Severity.CRITICAL]: 'critical',
};

export interface ThreatJson {
  category: string;
  severity: string;
  description: string;
  start: number;
  end: number;
  layer: string;
  score: number;
  encoding?: string;
}

export interface ScanResultJson {
  decision: DecisionName;
  score: number;
  scores: { heuristic: number; ml_confidence: number; semantic: number; llm?: number; credential: number };
  reason: string;
  threats_found: ThreatJson[];
  recommended_action: string;
  sanitized_text?: string;
  latency_ms: number;
  inference_latency_ms: number;
  model_version: string;
  /** Echoed from a multiturn request. */
  session_id?: string;
  request_id: string;
}

/** float32 scores arrive as 0.8999999761581421; four decimals is all the precision they carry. */
const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export function toScanResultJson(res: ScanResponse, text: string, requestId: string, latencyMs: number): ScanResultJson {
  const decision = DECISIONS[res.decision];
  if (!decision) throw new Error(`inference returned decision ${res.decision}`);
  const s = res.scores;
  return {
    decision,
    score: round(res.score),
    scores: {
      heuristic: round(s?.heuristic ?? 0),
      ml_confidence: round(s?.mlConfidence ?? 0),
      semantic: round(s?.semantic ?? 0),
      ...(s?.llm !== undefined && { llm: round(s.llm) }),
      credential: round(s?.credential ?? 0),
    },
    reason: res.reason,
    threats_found: res.threats.map((t) => ({
      category: t.category,
      severity: SEVERITIES[t.severity] ?? 'low',
      description: t.description,
      start: t.start,
      end: t.end,
      layer: t.layer,
      score: round(t.score),
      ...(t.encoding && { encoding: t.encoding }),
    })),
    recommended_action: res.recommendedAction,
    // Only worth sending when it differs from what the caller already has.
    ...(res.sanitizedText && res.sanitizedText !== text && { sanitized_text: res.sanitizedText }),
    latency_ms: Math.round(latencyMs * 10) / 10,
    inference_latency_ms: Math.round(res.latencyMs * 10) / 10,
    model_version: res.modelVersion,
    request_id: requestId,
  };
}

const SEVERITY_RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** The category of the most severe (then highest-scoring) threat, for the usage log. */
export function primaryThreatCategory(threats: ThreatJson[]): string | null {
  let best: ThreatJson | undefined;
  for (const t of threats) {
    const rank = SEVERITY_RANK[t.severity] ?? 0;
    const bestRank = best ? (SEVERITY_RANK[best.severity] ?? 0) : -1;
    if (!best || rank > bestRank || (rank === bestRank && t.score > best.score)) best = t;
  }
  return best?.category ?? null;
}
