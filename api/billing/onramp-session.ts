// The wire shape of Stripe's crypto onramp session (as created and as sent in
// crypto.onramp_session_updated), read defensively: every field is checked before it is used.
export type OnrampSessionStatus = 'initialized' | 'rejected' | 'requires_payment' | 'fulfillment_processing' | 'fulfillment_complete';

export interface OnrampFees {
  network_fee_monetary?: string | null;
  transaction_fee_monetary?: string | null;
}

export interface OnrampTransactionDetails {
  destination_amount?: string | null;
  destination_currency?: string | null;
  destination_network?: string | null;
  fees?: OnrampFees | null;
  lock_wallet_address?: boolean;
  source_amount?: string | null;
  source_currency?: string | null;
  transaction_id?: string | null;
  wallet_address?: string | null;
  wallet_addresses?: Record<string, string> | null;
}

export interface OnrampSession {
  id: string;
  object: 'crypto.onramp_session';
  client_secret?: string;
  status: OnrampSessionStatus | string;
  metadata?: Record<string, string> | null;
  transaction_details?: OnrampTransactionDetails | null;
}

export const ONRAMP_SESSION_UPDATED = 'crypto.onramp_session_updated';

/** Narrows an untyped object (an event's data.object, a create response) to an onramp session. */
export function asOnrampSession(value: unknown): OnrampSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<OnrampSession>;
  if (typeof v.id !== 'string' || typeof v.status !== 'string') return undefined;
  if (v.object !== undefined && v.object !== 'crypto.onramp_session') return undefined;
  return v as OnrampSession;
}
