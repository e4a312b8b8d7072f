// The facilitator as the payment flow sees it: @x402/core's HTTPFacilitatorClient (per-call
// timeout; Node's fetch keeps connections alive) plus retries with backoff and jitter on network
// errors and 5xx. A facilitator that cannot answer becomes FacilitatorUnavailableError.
import { HTTPFacilitatorClient } from '@x402/core/server';
import { FacilitatorTimeoutError, SettleError, VerifyError } from '@x402/core/types';
import type { PaymentPayload, PaymentRequirements, SettleResponse, VerifyResponse } from '@x402/core/types';

export interface PaymentFacilitator {
  verify(payload: PaymentPayload, requirements: PaymentRequirements): Promise<VerifyResponse>;
  settle(payload: PaymentPayload, requirements: PaymentRequirements): Promise<SettleResponse>;
}

export class FacilitatorUnavailableError extends Error {
  constructor(
    readonly operation: 'verify' | 'settle',
    /** true when the facilitator may have acted (timeout): a settle may have happened. */
    readonly indeterminate: boolean,
    cause: unknown,
  ) {
    super(`facilitator ${operation} unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'FacilitatorUnavailableError';
  }
}

export const FACILITATOR_BACKOFF_CAP_MS = 2000;

export interface FacilitatorClientOptions {
  url: string;
  timeoutMs: number;
  retries: number;
  /** Backoff base; attempt n sleeps a random time in [0, base·2^n] (full jitter), capped. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

export function createFacilitatorClient(options: FacilitatorClientOptions): PaymentFacilitator {
  const http = new HTTPFacilitatorClient({ url: options.url, timeoutMs: options.timeoutMs });
  const base = options.backoffBaseMs ?? 100;
  const cap = options.backoffCapMs ?? FACILITATOR_BACKOFF_CAP_MS;

  async function withRetries<T>(operation: 'verify' | 'settle', call: () => Promise<T>, fromError: (err: unknown) => T | undefined): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        // A 4xx answer with a protocol body (isValid / success) is an answer, not an outage.
        const answer = fromError(err);
        if (answer !== undefined) return answer;
        if (err instanceof FacilitatorTimeoutError) throw new FacilitatorUnavailableError(operation, true, err);
        // A settle that may have reached the facilitator is never repeated inline: the row's next
        // attempt (after backoff) must know an earlier one may have landed.
        if (operation === 'settle' && !notSent(err)) throw new FacilitatorUnavailableError(operation, true, err);
        if (!isRetryable(err) || attempt >= options.retries) throw new FacilitatorUnavailableError(operation, false, err);
        await sleep(Math.random() * Math.min(cap, base * 2 ** attempt));
      }
    }
  }

  return {
    verify: (payload, requirements) =>
      withRetries('verify', () => http.verify(payload, requirements), (err) =>
        err instanceof VerifyError && err.statusCode < 500 ? { isValid: false, invalidReason: err.invalidReason ?? 'invalid_payment', invalidMessage: err.invalidMessage, payer: err.payer } : undefined,
      ),
    settle: (payload, requirements) =>
      withRetries('settle', () => http.settle(payload, requirements), (err) =>
        err instanceof SettleError && err.statusCode < 500
          ? { success: false, errorReason: err.errorReason ?? 'settle_failed', errorMessage: err.errorMessage, payer: err.payer, transaction: err.transaction, network: err.network }
          : undefined,
      ),
  };
}

/** Network errors (connection refused or reset, DNS) and 5xx answers are worth another try. */
function isRetryable(err: unknown): boolean {
  if (err instanceof VerifyError || err instanceof SettleError) return err.statusCode >= 500;
  if (err instanceof TypeError) return true; // fetch failed: the request did not complete
  return err instanceof Error && /failed \(5\d\d\)/.test(err.message);
}

/** The request provably never reached the facilitator (the connection was refused). */
function notSent(err: unknown): boolean {
  const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'ECONNREFUSED';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
