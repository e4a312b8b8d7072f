// Runs one scan: calls the inference service, shapes the answer, writes the usage row and counts
// the decision. Knows nothing of HTTP beyond ApiError.
import type { UsageLogsRepository } from '../../db/index.js';
import type { Logger } from '../logging/logger.js';
import type { ApiMetrics } from '../metrics/api-metrics.js';
import type { InferenceClient } from './inference-client.js';
import { inferenceErrorToApiError, inferenceFailureReason } from './inference-errors.js';
import type { ScanBilling } from './scan-access.js';
import { CONTENT_TYPES, primaryThreatCategory, SCAN_MODES, toScanResultJson, type ScanEndpoint, type ScanResultJson } from './scan-mapper.js';
import type { ScanInput } from './scan-request.js';

export interface ScanServiceDeps {
  inference: InferenceClient;
  usageLogs: UsageLogsRepository;
  metrics: ApiMetrics;
}

export interface ScanContext {
  requestId: string;
  billing: ScanBilling;
  log: Logger;
}

export const SCAN_ROUTES: Record<ScanEndpoint, string> = { content: '/v1/scan/content', output: '/v1/scan/output', multiturn: '/v1/scan/multiturn' };

export class ScanService {
  constructor(private readonly deps: ScanServiceDeps) {}

  async scan(endpoint: ScanEndpoint, input: ScanInput, ctx: ScanContext): Promise<ScanResultJson> {
    const started = performance.now();
    let response;
    try {
      response = await this.deps.inference.scan({
        id: ctx.requestId,
        text: input.text,
        mode: SCAN_MODES[endpoint],
        contentType: CONTENT_TYPES[input.contentType],
        sourceUrl: input.sourceUrl,
        ...(input.turns && { turns: input.turns }),
      });
    } catch (err) {
      const apiError = inferenceErrorToApiError(err);
      this.deps.metrics.inferenceFailures.inc({ reason: inferenceFailureReason(apiError) });
      throw apiError;
    }
    const result = toScanResultJson(response, input.text, ctx.requestId, performance.now() - started);
    if (input.sessionId !== undefined) result.session_id = input.sessionId;
    this.deps.metrics.scanDecisions.inc({ endpoint, decision: result.decision });
    await this.recordUsage(endpoint, input, result, ctx);
    return result;
  }

  /**
   * A failed usage write is logged and counted but does not withhold a result already computed;
   * paid scans record their charge in the payment ledger, which is the source of truth for money.
   */
  private async recordUsage(endpoint: ScanEndpoint, input: ScanInput, result: ScanResultJson, ctx: ScanContext): Promise<void> {
    try {
      await this.deps.usageLogs.insert({
        account_id: ctx.billing.accountId,
        payer: ctx.billing.payer,
        payment_id: ctx.billing.paymentId,
        cost_micro_usdc: ctx.billing.costMicroUsdc,
        endpoint: SCAN_ROUTES[endpoint],
        decision: result.decision,
        threat_category: primaryThreatCategory(result.threats_found),
        request_bytes: requestBytes(input),
        response_bytes: Buffer.byteLength(JSON.stringify(result), 'utf8'),
        latency_ms: Math.round(result.latency_ms),
        request_id: ctx.requestId,
      });
    } catch (err) {
      this.deps.metrics.usageLogFailures.inc();
      ctx.log.error('usage log write failed', { err: err instanceof Error ? err.message : String(err), endpoint });
    }
  }
}

/** Bytes of text the caller sent for scanning: the text plus any earlier turns. */
function requestBytes(input: ScanInput): number {
  let bytes = Buffer.byteLength(input.text, 'utf8');
  for (const turn of input.turns ?? []) bytes += Buffer.byteLength(turn.text, 'utf8');
  return bytes;
}
