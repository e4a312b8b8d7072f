// Converts between the wire messages (protobuf-es) and the plain job/result objects the workers
// use, validating the caller's input on the way in.
import {
  ContentType,
  Decision,
  type ScanRequest,
  type ScanResponse,
  ScanMode,
  Severity,
  type Threat,
} from '../gen/stronghold/v1/scan_pb.js';
import { ScanError } from './scan-error.js';
import type { ContentKind, DecisionName, ScanJob, ScanResult, SeverityName } from './scan-types.js';

export interface RequestLimits {
  maxTextBytes: number;
}

const MAX_ID_LENGTH = 256;
/** UTF-8 bytes of a source_url: room for the REST API's 2,048 characters (api/scan/scan-request.ts). */
export const MAX_SOURCE_URL_BYTES = 8192;
const MAX_TURNS = 64;
/** The roles scan.proto names for a Turn; anything else is the caller's mistake, not text to carry. */
const TURN_ROLES: ReadonlySet<string> = new Set(['user', 'assistant', 'system', 'tool']);

const CONTENT_KINDS: Record<ContentType, ContentKind> = {
  [ContentType.UNSPECIFIED]: 'auto',
  [ContentType.TEXT]: 'text',
  [ContentType.HTML]: 'html',
  [ContentType.MARKDOWN]: 'markdown',
  [ContentType.JSON]: 'json',
  [ContentType.CODE]: 'code',
};

const DECISIONS: Record<DecisionName, Decision> = {
  ALLOW: Decision.ALLOW,
  WARN: Decision.WARN,
  BLOCK: Decision.BLOCK,
};

const SEVERITIES: Record<SeverityName, Severity> = {
  low: Severity.LOW,
  medium: Severity.MEDIUM,
  high: Severity.HIGH,
  critical: Severity.CRITICAL,
};

export function requestToJob(request: ScanRequest, limits: RequestLimits): ScanJob {
  const label = request.id ? `request "${request.id.slice(0, 64)}"` : 'request';
  if (request.id.length > MAX_ID_LENGTH) throw invalid(`id is longer than ${MAX_ID_LENGTH} characters`);
  if (request.text.length === 0) throw invalid(`${label}: text is empty`);
  // The transport's read limit allows this much per request of a full batch (server.ts).
  if (request.sourceUrl.length * 3 > MAX_SOURCE_URL_BYTES && Buffer.byteLength(request.sourceUrl, 'utf8') > MAX_SOURCE_URL_BYTES) {
    throw invalid(`${label}: source_url is longer than ${MAX_SOURCE_URL_BYTES} bytes`);
  }
  if (request.turns.length > MAX_TURNS) throw invalid(`${label}: more than ${MAX_TURNS} turns`);
  // UTF-8 is at most 3 bytes per UTF-16 unit, so a short text alone skips the byte count; with turns
  // the limit is on the sum, and the text's share must be counted.
  const counted = request.turns.length > 0 || request.text.length * 3 > limits.maxTextBytes;
  let bytes = counted ? Buffer.byteLength(request.text, 'utf8') : 0;
  for (const turn of request.turns) {
    if (!TURN_ROLES.has(turn.role)) throw invalid(`${label}: a turn's role must be one of ${[...TURN_ROLES].join(', ')}`);
    bytes += Buffer.byteLength(turn.text, 'utf8');
  }
  if (bytes > limits.maxTextBytes) {
    throw invalid(`${label}: text is ${bytes} bytes; the limit is ${limits.maxTextBytes}`);
  }
  if (!(request.mode in ScanMode)) throw invalid(`${label}: unknown mode ${request.mode}`);
  const contentType = CONTENT_KINDS[request.contentType];
  if (contentType === undefined) throw invalid(`${label}: unknown content_type ${request.contentType}`);
  const job: ScanJob = {
    text: request.text,
    mode: request.mode === ScanMode.OUTPUT ? 'output' : 'content',
    contentType,
  };
  if (request.turns.length > 0) job.turns = request.turns.map((t) => ({ role: t.role, text: t.text }));
  return job;
}

/**
 * Builds the response as a plain protobuf-es message object: one literal instead of create()'s
 * reflective walk, on the path every scan takes.
 */
export function resultToResponse(id: string, result: ScanResult, latencyMs: number): ScanResponse {
  const { scores } = result;
  return {
    $typeName: 'stronghold.v1.ScanResponse',
    id,
    decision: DECISIONS[result.decision],
    score: result.score,
    scores: {
      $typeName: 'stronghold.v1.LayerScores',
      heuristic: scores.heuristic,
      mlConfidence: scores.ml_confidence,
      semantic: scores.semantic,
      llm: scores.llm,
      credential: scores.credential,
    },
    reason: result.reason,
    threats: result.findings.map((f): Threat => ({
      $typeName: 'stronghold.v1.Threat',
      category: f.category,
      severity: SEVERITIES[f.severity],
      description: f.description,
      start: f.start,
      end: f.end,
      layer: f.layer,
      score: f.score,
      encoding: f.encoding,
    })),
    sanitizedText: result.sanitizedText,
    latencyMs,
    recommendedAction: result.recommendedAction,
    modelVersion: result.modelVersion,
  };
}

function invalid(message: string): ScanError {
  return new ScanError('invalid_argument', message);
}
