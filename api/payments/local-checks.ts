// Checks a decoded x402 payment against what this route asks, before anything is reserved or the
// facilitator is called: version, scheme, network, asset, payee, amount and the time window.
import type { PaymentPayload, PaymentRequirements } from '@x402/core/types';

/** EIP-3009 TransferWithAuthorization as the exact EVM scheme sends it. */
export interface Eip3009Authorization {
  from: string;
  to: string;
  value: string;
  validAfter: string;
  validBefore: string;
  nonce: string;
}

export class PaymentRejected extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'PaymentRejected';
  }
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const NONCE = /^0x[0-9a-fA-F]{64}$/;
const UINT = /^\d{1,78}$/;
const HEX = /^0x[0-9a-fA-F]+$/;
/** Clock skew and slow signers: validBefore may pass now + maxTimeoutSeconds by this much. */
const MAX_VALIDITY_SLACK_SECONDS = 3600;

/**
 * Returns the authorization when the payment can be what we asked for; throws PaymentRejected with
 * a stable code otherwise. `minValiditySeconds`: time left for the scan and the settlement.
 */
export function checkPaymentLocally(payment: PaymentPayload, required: PaymentRequirements, nowSeconds: number, minValiditySeconds: number): Eip3009Authorization {
  if (payment.x402Version !== 2) throw new PaymentRejected('unsupported_x402_version', 'Only x402 version 2 payments are accepted');
  const accepted = payment.accepted as Partial<PaymentRequirements> | undefined;
  if (!accepted || typeof accepted !== 'object') throw new PaymentRejected('malformed_payment', 'The payment does not say which requirements it accepts');
  if (accepted.scheme !== required.scheme) throw new PaymentRejected('unsupported_scheme', `Only the "${required.scheme}" scheme is accepted`);
  if (accepted.network !== required.network) throw new PaymentRejected('network_mismatch', `Payments are accepted on ${required.network} only`);
  if (typeof accepted.asset !== 'string' || accepted.asset.toLowerCase() !== required.asset.toLowerCase()) {
    throw new PaymentRejected('asset_mismatch', 'The payment is not in the asset this route asks for');
  }
  const inner = payment.payload as { authorization?: Partial<Eip3009Authorization>; signature?: unknown };
  const auth = inner.authorization;
  if (!auth || typeof inner.signature !== 'string' || !HEX.test(inner.signature)) {
    throw new PaymentRejected('unsupported_payload', 'Only EIP-3009 transferWithAuthorization payments are accepted');
  }
  if (!isString(auth.from, ADDRESS) || !isString(auth.to, ADDRESS) || !isString(auth.nonce, NONCE) || !isString(auth.value, UINT)
    || !isString(auth.validAfter, UINT) || !isString(auth.validBefore, UINT)) {
    throw new PaymentRejected('malformed_payment', 'The payment authorization is incomplete or malformed');
  }
  const payTo = required.payTo.toLowerCase();
  if (auth.to.toLowerCase() !== payTo || typeof accepted.payTo !== 'string' || accepted.payTo.toLowerCase() !== payTo) {
    throw new PaymentRejected('payee_mismatch', 'The payment is not made out to this service');
  }
  if (auth.value !== required.amount || accepted.amount !== required.amount) throw new PaymentRejected('amount_mismatch', `This route costs ${required.amount} atomic units`);
  if (BigInt(auth.validAfter) > BigInt(nowSeconds)) throw new PaymentRejected('authorization_not_yet_valid', 'The payment authorization is not valid yet');
  if (BigInt(auth.validBefore) < BigInt(nowSeconds + minValiditySeconds)) {
    throw new PaymentRejected('authorization_expired', 'The payment authorization has expired or expires too soon to be settled');
  }
  // The client signs for the route's maxTimeoutSeconds; far beyond that (2^256 − 1, say) is no date
  // the ledger can hold, and no payment we asked for.
  if (BigInt(auth.validBefore) > BigInt(nowSeconds + required.maxTimeoutSeconds + MAX_VALIDITY_SLACK_SECONDS)) {
    throw new PaymentRejected('authorization_too_long', `The payment authorization must expire within ${required.maxTimeoutSeconds} seconds`);
  }
  return auth as Eip3009Authorization;
}

function isString(value: unknown, pattern: RegExp): value is string {
  return typeof value === 'string' && pattern.test(value);
}
