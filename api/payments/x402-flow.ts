// An x402-paid scan: decode → local checks → verify with the facilitator → reserve the nonce →
// executing → (scan) → result stored, settling → settle → completed → result + PAYMENT-RESPONSE.
// Duplicates and replays never run the scan again: they are answered from the ledger row.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { PaymentPayload, PaymentRequirements, ResourceInfo } from '@x402/core/types';
import type { PaymentRow, PaymentsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import { setScanBilling } from '../scan/scan-access.js';
import { FacilitatorUnavailableError, type PaymentFacilitator } from './facilitator-client.js';
import { checkPaymentLocally, PaymentRejected, type Eip3009Authorization } from './local-checks.js';
import type { PaymentRequirementsTable } from './payment-requirements.js';
import type { PaymentWaiters } from './payment-waiters.js';
import { captureScanResult } from './result-capture.js';
import type { Settlement } from './settlement.js';
import { decodePaymentHeader, paymentRequiredError } from './x402-wire.js';
import { X402Replies } from './x402-replies.js';

export interface X402FlowDeps {
  payments: PaymentsRepository;
  facilitator: PaymentFacilitator;
  settlement: Settlement;
  table: PaymentRequirementsTable;
  waiters: PaymentWaiters;
  clock: Clock;
  /** Per-payer rate limit; rejects with a 429 ApiError. */
  limitPaid(req: Request, res: Response, key: string): Promise<void>;
  /** How long the request path owns a settlement before the worker may take it over. */
  settleLeaseMs: number;
  duplicateWaitMs: number;
}

/** Time left on an authorization for the scan and the settlement; shorter ones are refused. */
const MIN_VALIDITY_SECONDS = 30;

interface Admission {
  id: string;
  /** The admitted request's digest; a duplicate with another digest is not the same request. */
  digest: string;
  /** Only the owner runs the scan; everyone else is answered from the row. */
  owner?: PaymentRow;
}

interface Priced {
  resource: ResourceInfo;
  requirements: PaymentRequirements;
}

export class X402Flow {
  private readonly admissions = new Map<string, { digest: string; admission: Promise<Admission> }>();
  private readonly replies: X402Replies;

  constructor(private readonly deps: X402FlowDeps) {
    this.replies = new X402Replies(deps, (req, code, message) => this.paymentRequired(req, code, message));
  }

  /** The 402 that lists what this route accepts. */
  paymentRequired(req: Request, code = 'payment_required', message = 'Payment required: pay with x402 (PAYMENT-SIGNATURE) or an API key with credit'): ApiError {
    const { resource, requirements } = this.priced(req);
    return paymentRequiredError(resource, [requirements], code, message);
  }

  async handle(req: Request, res: Response, next: NextFunction, header: string): Promise<void> {
    const payload = decodePaymentHeader(header);
    const priced = this.priced(req);
    let auth: Eip3009Authorization;
    try {
      auth = checkPaymentLocally(payload, priced.requirements, Math.floor(this.deps.clock.now().getTime() / 1000), MIN_VALIDITY_SECONDS);
    } catch (err) {
      if (err instanceof PaymentRejected) throw paymentRequiredError(priced.resource, [priced.requirements], err.code, err.message);
      throw err;
    }
    const payer = auth.from.toLowerCase();
    const nonce = auth.nonce.toLowerCase();
    // The payer's rate limit counts only payments known to be theirs: a replay of a stored, verified
    // payment, or a new one once the facilitator has verified it (in admit). Anyone can name a payer
    // in an unverified header, and must not use up that payer's limit.
    const limit = () => this.deps.limitPaid(req, res, `payer:${payer}`);

    // Only the very same request may be answered from a payment's row: payer and nonce are public
    // on chain once settled, so they alone must never unlock a stored result.
    const digest = requestDigest(header, req.body);
    // Concurrent duplicates in this process share one admission (one verify call, one row).
    const key = `${payer}:${nonce}`;
    const running = this.admissions.get(key);
    if (running) {
      if (running.digest !== digest) throw paymentAlreadyUsed();
      const { id } = await running.admission;
      await limit();
      return this.replies.replay(req, res, id);
    }
    const existing = await this.deps.payments.findByPayerNonce(payer, nonce);
    if (existing) {
      if (existing.request_digest !== digest) throw paymentAlreadyUsed();
      await limit();
      return this.replies.replay(req, res, existing.id);
    }

    const admission = this.admit(req, payload, priced, auth, payer, nonce, digest, limit);
    this.admissions.set(key, { digest, admission });
    void admission.catch(() => undefined).finally(() => this.admissions.delete(key));
    const admitted = await admission;
    if (admitted.digest !== digest) throw paymentAlreadyUsed();
    if (!admitted.owner) return this.replies.replay(req, res, admitted.id);
    this.execute(req, res, next, admitted.owner);
  }

  private async admit(
    req: Request, payload: PaymentPayload, priced: Priced, auth: Eip3009Authorization, payer: string, nonce: string, digest: string,
    limit: () => Promise<void>,
  ): Promise<Admission> {
    const { payments, clock } = this.deps;
    let verified;
    try {
      verified = await this.deps.facilitator.verify(payload, priced.requirements);
    } catch (err) {
      if (!(err instanceof FacilitatorUnavailableError)) throw err;
      throw new ApiError(503, 'facilitator_unavailable', 'Payment verification is unavailable; nothing was charged. Retry with the same payment shortly', {
        cause: err,
        headers: { 'Retry-After': '5' },
      });
    }
    if (!verified.isValid || (verified.payer !== undefined && verified.payer.toLowerCase() !== payer)) {
      const reason = verified.invalidReason ?? 'payer_mismatch';
      throw paymentRequiredError(priced.resource, [priced.requirements], verifyFailureCode(reason), 'The payment was rejected by the facilitator', reason);
    }
    await limit(); // before the reservation: a limited request leaves no row behind
    const now = clock.now();
    const row = await payments.reserveX402(
      {
        payer, nonce, network: priced.requirements.network, asset: priced.requirements.asset, payTo: priced.requirements.payTo,
        amountMicroUsdc: auth.value, endpoint: req.path, requestId: req.requestId, payload, requirements: priced.requirements,
        validBefore: new Date(Number(auth.validBefore) * 1000), accountId: req.caller?.accountId ?? null, requestDigest: digest,
      },
      now,
    );
    if (row === 'duplicate') {
      const other = await payments.findByPayerNonce(payer, nonce);
      if (!other) throw ApiError.internal(new Error('duplicate payment row vanished'));
      return { id: other.id, digest: other.request_digest ?? '' };
    }
    if (!(await payments.startExecuting(row.id, now))) return { id: row.id, digest };
    return { id: row.id, digest, owner: row };
  }

  private execute(req: Request, res: Response, next: NextFunction, row: PaymentRow): void {
    const { payments, clock, waiters } = this.deps;
    setScanBilling(res, { accountId: row.account_id, payer: row.payer, paymentId: row.id, costMicroUsdc: row.amount_micro_usdc });
    captureScanResult(req, res, {
      onFailure: async () => {
        await payments.void({ id: row.id }, 'scan_failed', clock.now());
        waiters.notify(row.id);
      },
      onResult: async (body) => {
        const text = JSON.stringify(body);
        const now = clock.now();
        const stored = await payments.storeResult(row.id, 200, text, now, new Date(now.getTime() + this.deps.settleLeaseMs));
        waiters.notify(row.id);
        if (!stored) throw ApiError.internal(new Error(`payment ${row.id} left executing before its result was stored`));
        const outcome = await this.deps.settlement.settle({ ...row, state: 'settling', attempts: 1, result_status: 200, result_body: text });
        waiters.notify(row.id);
        await this.replies.fromOutcome(req, res, row.id, outcome);
      },
    });
    next();
  }

  private priced(req: Request): Priced {
    return this.deps.table.forPath(req.path, `${req.protocol}://${req.get('host') ?? 'localhost'}${req.path}`);
  }
}

/** Facilitator reasons → this API's stable codes (the raw reason goes to the log). */
function verifyFailureCode(reason: string): string {
  if (/signature/.test(reason)) return 'invalid_signature';
  if (/insufficient/.test(reason)) return 'insufficient_funds';
  if (/nonce_already_used/.test(reason)) return 'payment_already_used';
  if (/valid_before|expired/.test(reason)) return 'authorization_expired';
  if (/valid_after/.test(reason)) return 'authorization_not_yet_valid';
  if (/recipient/.test(reason)) return 'payee_mismatch';
  if (/value|amount/.test(reason)) return 'amount_mismatch';
  if (/network/.test(reason)) return 'network_mismatch';
  return 'payment_invalid';
}

/** sha256 over the payment header and the request body, as received. */
function requestDigest(header: string, body: unknown): string {
  return createHash('sha256').update(header).update('\0').update(JSON.stringify(body ?? null)).digest('hex');
}

function paymentAlreadyUsed(): ApiError {
  return new ApiError(409, 'payment_already_used', 'This payment was already used for a different request; sign a new payment for this one');
}
