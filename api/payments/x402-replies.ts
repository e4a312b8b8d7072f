// Answers an x402 request from its ledger row: the stored result with the stored PAYMENT-RESPONSE
// once completed (byte for byte the same for the first answer and every replay), a wait while the
// payment is still running, and the truth when settlement is pending or impossible.
import type { Request, Response } from 'express';
import type { SettleResponse } from '@x402/core/types';
import type { PaymentRow, PaymentsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import type { PaymentWaiters } from './payment-waiters.js';
import { SETTLEMENT_UNKNOWN, type Settlement, type SettleOutcome } from './settlement.js';
import { PAYMENT_RESPONSE, paymentResponseHeader } from './x402-wire.js';

export interface RepliesDeps {
  payments: PaymentsRepository;
  settlement: Settlement;
  waiters: PaymentWaiters;
  clock: Clock;
  settleLeaseMs: number;
  duplicateWaitMs: number;
}

type PaymentRequired = (req: Request, code: string, message: string) => ApiError;

/** Re-read interval while waiting on a row another process is moving. */
const POLL_MS = 100;

export class X402Replies {
  constructor(
    private readonly deps: RepliesDeps,
    private readonly paymentRequired: PaymentRequired,
  ) {}

  /** A request whose payment row already exists: never runs the scan, never settles twice. */
  async replay(req: Request, res: Response, id: string): Promise<void> {
    const { payments, clock, waiters } = this.deps;
    const deadline = clock.now().getTime() + this.deps.duplicateWaitMs;
    for (;;) {
      const row = await payments.findById(id);
      if (!row) throw ApiError.internal(new Error(`payment ${id} not found`));
      const now = clock.now();
      switch (row.state) {
        case 'completed':
        case 'voided':
        case 'dead_lettered':
          return this.fromRow(req, res, row);
        case 'settling':
        case 'failed':
          // The owner died or gave up (lease over): settle here so the retry gets its result now.
          if (row.next_attempt_at && row.next_attempt_at <= now) {
            const [claimed] = await payments.claimDue(now, new Date(now.getTime() + this.deps.settleLeaseMs), 1, id);
            if (claimed) {
              const outcome = await this.deps.settlement.settle(claimed);
              waiters.notify(id);
              return this.fromOutcome(req, res, id, outcome);
            }
          }
          break;
        default:
          break;
      }
      const remaining = deadline - now.getTime();
      if (remaining <= 0) throw stillRunning(row);
      await waiters.wait(id, Math.min(POLL_MS, remaining));
    }
  }

  async fromOutcome(req: Request, res: Response, id: string, outcome: SettleOutcome): Promise<void> {
    if (outcome.kind === 'completed') return this.fromRow(req, res, outcome.row);
    const row = await this.deps.payments.findById(id);
    if (!row) throw ApiError.internal(new Error(`payment ${id} not found`));
    return this.fromRow(req, res, row);
  }

  private fromRow(req: Request, res: Response, row: PaymentRow): void {
    switch (row.state) {
      case 'completed':
        res.status(row.result_status ?? 200);
        res.setHeader(PAYMENT_RESPONSE, paymentResponseHeader(row.settle_response as unknown as SettleResponse));
        res.setHeader('Cache-Control', 'no-store');
        res.type('application/json').send(row.result_body);
        return;
      case 'voided':
        throw this.paymentRequired(req, 'payment_voided', 'This payment was not charged (the scan failed or the reservation expired); sign a new payment');
      case 'dead_lettered':
        if (row.last_error?.startsWith(SETTLEMENT_UNKNOWN)) {
          // Telling this payer to pay again could charge them twice.
          throw new ApiError(503, SETTLEMENT_UNKNOWN, 'The settlement of this payment could not be confirmed and it may already have been charged: do not sign a new payment for this request; it is being reconciled, retry with the same payment later');
        }
        throw this.paymentRequired(req, 'payment_not_settled', 'This payment could not be settled, so its result is withheld; sign a new payment');
      default:
        throw stillRunning(row);
    }
  }
}

function stillRunning(row: PaymentRow): ApiError {
  if (row.state === 'settling' || row.state === 'failed') {
    // Never "you were not charged": a later settlement may still charge this authorization.
    return new ApiError(503, 'settlement_pending', 'Payment settlement is not confirmed yet; the result is kept. Retry with the same PAYMENT-SIGNATURE to receive it', {
      headers: { 'Retry-After': '2' },
    });
  }
  return new ApiError(409, 'payment_in_progress', 'This payment is already being used by another request; retry with the same PAYMENT-SIGNATURE shortly', {
    headers: { 'Retry-After': '1' },
  });
}
