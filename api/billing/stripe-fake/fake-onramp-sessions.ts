// The fake's onramp sessions: created from the same parameters Stripe takes, then advanced by the
// control API to a final state with the transaction details (fees, delivered amount) Stripe reports.
import { randomBytes } from 'node:crypto';
import type { OnrampSession, OnrampTransactionDetails } from '../onramp-session.js';
import { parseUsdc } from '../usdc-amount.js';
import type { FormValue } from './form-body.js';

/** Overrides a test can apply when advancing a session (to provoke mismatches, say). */
export interface AdvanceOptions {
  fees?: { transaction_fee_monetary?: string; network_fee_monetary?: string };
  destination_amount?: string;
  destination_currency?: string;
  source_amount?: string;
  wallet_address?: string;
}

export class FakeRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export function fakeId(prefix: string, length = 24): string {
  return prefix + [...randomBytes(length)].map((b) => BASE62[b % 62]).join('');
}

const str = (v: FormValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export class FakeOnrampSessions {
  private readonly sessions = new Map<string, OnrampSession>();

  create(params: Record<string, FormValue>): OnrampSession {
    const wallets = params.wallet_addresses;
    if (typeof wallets !== 'object' || Array.isArray(wallets) || Object.keys(wallets).length === 0) {
      throw new FakeRequestError(400, 'wallet_addresses is required by this fake', 'wallet_addresses');
    }
    const source = str(params.source_amount);
    if (source !== undefined && parseUsdc(source) === undefined) throw new FakeRequestError(400, 'Invalid decimal: source_amount', 'source_amount');
    const metadata = typeof params.metadata === 'object' && !Array.isArray(params.metadata) ? (params.metadata as Record<string, string>) : {};
    const id = fakeId('cos_');
    const session: OnrampSession & { created: number; livemode: boolean } = {
      id,
      object: 'crypto.onramp_session',
      client_secret: `${id}_secret_${fakeId('', 24)}`,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      status: 'initialized',
      metadata,
      transaction_details: {
        destination_amount: null,
        destination_currency: str(params.destination_currency) ?? null,
        destination_network: str(params.destination_network) ?? null,
        fees: null,
        lock_wallet_address: str(params.lock_wallet_address) === 'true',
        source_amount: source ?? null,
        source_currency: str(params.source_currency) ?? 'usd',
        transaction_id: null,
        wallet_address: null,
        wallet_addresses: wallets as Record<string, string>,
      },
    };
    this.sessions.set(id, session);
    return session;
  }

  get(id: string): OnrampSession | undefined {
    return this.sessions.get(id);
  }

  /** Moves a session to `status`; fulfilment fills in fees and the delivered amount. */
  advance(id: string, status: string, options: AdvanceOptions = {}): OnrampSession {
    const session = this.sessions.get(id);
    if (!session) throw new FakeRequestError(404, `No such crypto.onramp_session: '${id}'`, 'id');
    const td: OnrampTransactionDetails = { ...session.transaction_details };
    if (status === 'fulfillment_complete') Object.assign(td, fulfilment(td, options));
    if (options.source_amount !== undefined) td.source_amount = options.source_amount;
    const updated: OnrampSession = { ...session, status, transaction_details: td };
    this.sessions.set(id, updated);
    return updated;
  }
}

/** Default fees: 1.5 % (cents, half up) plus a 0.01 network fee, deducted from what is delivered. */
function fulfilment(td: OnrampTransactionDetails, options: AdvanceOptions): OnrampTransactionDetails {
  const sourceCents = (parseUsdc(td.source_amount ?? '0') ?? 0n) / 10_000n;
  const transactionFee = (sourceCents * 150n + 5_000n) / 10_000n;
  const networkFee = 1n;
  const fees = options.fees ?? { transaction_fee_monetary: cents(transactionFee), network_fee_monetary: cents(networkFee) };
  const wallet = Object.values(td.wallet_addresses ?? {})[0];
  return {
    fees,
    destination_amount: options.destination_amount ?? cents(sourceCents - transactionFee - networkFee),
    destination_currency: options.destination_currency ?? td.destination_currency,
    wallet_address: options.wallet_address ?? wallet ?? null,
    transaction_id: `0x${randomBytes(32).toString('hex')}`,
  };
}

function cents(value: bigint): string {
  return `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
}
