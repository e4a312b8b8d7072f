// Settles one claimed payment row with the facilitator and records the outcome in the ledger:
// completed, failed (retry later with exponential backoff and full jitter) or dead-lettered.
// Shared by the request path (first attempt) and the settlement worker (every later one).
import type { PaymentPayload, PaymentRequirements, SettleResponse } from '@x402/core/types';
import type { PaymentRow, PaymentsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logging/logger.js';
import { FacilitatorUnavailableError, type PaymentFacilitator } from './facilitator-client.js';

export type SettleOutcome =
  | { kind: 'completed'; row: PaymentRow }
  | { kind: 'retry'; error: string }
  | { kind: 'dead'; error: string };

export interface SettlementPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface SettlementDeps {
  payments: PaymentsRepository;
  facilitator: PaymentFacilitator;
  clock: Clock;
  logger: Logger;
  policy: SettlementPolicy;
}

/** Dead-letter reason prefix for a payment that may have been charged: an operator reconciles it on chain. */
export const SETTLEMENT_UNKNOWN = 'settlement_unknown';

/**
 * Reasons no retry can fix: the authorization can never settle (or already did, elsewhere). Both the
 * generic x402 names and @x402/evm's (`invalid_exact_evm_…`) are matched.
 */
const TERMINAL_REASON = new RegExp([
  'nonce_already_used', 'valid_before_expired', 'authorization_valid_before', 'invalid_signature', 'evm_signature', 'failed_to_parse_signature',
  'recipient_mismatch', 'value_mismatch', 'invalid_scheme', 'evm_scheme', 'network_mismatch', 'missing_eip712_domain', 'token_name_mismatch',
  'token_version_mismatch',
].join('|'));
/** The facilitator needs this much validity left to broadcast (it refuses under 6 s). */
const SETTLE_MARGIN_MS = 10_000;

export class Settlement {
  constructor(private readonly deps: SettlementDeps) {}

  /** `row` was claimed by the caller: row.attempts is this attempt's number (the fence). */
  async settle(row: PaymentRow): Promise<SettleOutcome> {
    const { payments, clock } = this.deps;
    if (row.valid_before && row.valid_before.getTime() - SETTLE_MARGIN_MS <= clock.now().getTime()) {
      return this.deadLetter(row, `${this.mayHaveSettled(row) ? `${SETTLEMENT_UNKNOWN}: ` : ''}authorization_expired: the authorization expired before it could be settled`);
    }
    let response: SettleResponse;
    try {
      response = await this.deps.facilitator.settle(row.payment_payload as unknown as PaymentPayload, row.payment_requirements as unknown as PaymentRequirements);
    } catch (err) {
      const indeterminate = err instanceof FacilitatorUnavailableError && err.indeterminate;
      return this.retryLater(row, `${indeterminate ? 'settle_timeout' : 'facilitator_unavailable'}: ${messageOf(err)}`);
    }
    if (response.success) {
      await payments.complete(row.id, response, response.transaction, clock.now());
      // Re-read: if another attempt completed first, its stored response is the one clients get.
      const stored = await payments.findById(row.id);
      if (stored?.state === 'completed') return { kind: 'completed', row: stored };
      return this.retryLater(row, `completion not recorded (state ${stored?.state ?? 'missing'})`);
    }
    const reason = `${response.errorReason ?? 'settle_failed'}${response.errorMessage ? `: ${response.errorMessage}` : ''}`;
    if (!TERMINAL_REASON.test(response.errorReason ?? '')) return this.retryLater(row, reason);
    // After an earlier attempt whose answer never came, "nonce already used" most likely means that
    // attempt landed: the payer may have been charged, so this is not "not settled".
    // An authorization the facilitator now calls expired may likewise have landed on that attempt.
    const unknown = this.mayHaveSettled(row) && /nonce_already_used|valid_before/.test(response.errorReason ?? '');
    return this.deadLetter(row, unknown ? `${SETTLEMENT_UNKNOWN}: ${reason}` : reason);
  }

  /** An earlier settle attempt of this row may have reached the chain without us hearing back. */
  private mayHaveSettled(row: PaymentRow): boolean {
    return row.attempts > 1;
  }

  /** Records a failed attempt: retried later with backoff, or dead-lettered after the last one. */
  async retryLater(row: PaymentRow, error: string): Promise<SettleOutcome> {
    if (row.attempts >= this.deps.policy.maxAttempts) return this.deadLetter(row, `gave up after ${row.attempts} attempts: ${error}`);
    const now = this.deps.clock.now();
    const { baseDelayMs, maxDelayMs } = this.deps.policy;
    // Full jitter: a random delay in [0, base·2^(attempt-1)], so a recovering facilitator is not stampeded.
    const delay = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, row.attempts - 1));
    await this.deps.payments.recordSettleFailure(row.id, row.attempts, error, new Date(now.getTime() + delay), now);
    this.deps.logger.warn('payment settlement failed; will retry', { payment_id: row.id, attempt: row.attempts, err: error });
    return { kind: 'retry', error };
  }

  private async deadLetter(row: PaymentRow, error: string): Promise<SettleOutcome> {
    const moved = await this.deps.payments.deadLetter(row.id, row.attempts, error, this.deps.clock.now());
    if (moved) {
      // Operators reconcile these by hand: a result was produced and may or may not have been paid.
      this.deps.logger.error('payment dead-lettered', { event: 'payment_dead_lettered', payment_id: row.id, payer: row.payer, attempts: row.attempts, err: error });
    }
    return { kind: 'dead', error };
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
