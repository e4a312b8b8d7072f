// Creates Stripe crypto onramp sessions for deposits through stripe-node's rawRequest (the onramp
// API has no typed resource). Every Stripe failure becomes an OnrampUnavailableError here.
import type { OnrampNetwork } from './onramp-networks.js';
import { asOnrampSession } from './onramp-session.js';
import type { StripeClient } from './stripe-client.js';

export interface OnrampSessionRequest {
  depositId: string;
  /** Fiat the customer pays, in USD with cents ("25.00"). */
  sourceAmount: string;
  walletAddress: string;
  network: OnrampNetwork;
  customerIp?: string;
}

export interface CreatedOnrampSession {
  id: string;
  clientSecret: string;
  status: string;
}

/** What the deposit flow depends on; tests of the flow can supply their own. */
export interface OnrampGateway {
  createSession(request: OnrampSessionRequest): Promise<CreatedOnrampSession>;
  /** The session as Stripe reports it now (used to reconcile when an event arrives too late). */
  retrieveSession?(id: string): Promise<unknown>;
}

/** Stripe said no or could not be reached; `reason` is for the deposit row and the log only. */
export class OnrampUnavailableError extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`onramp session not created: ${reason}`, options);
    this.name = 'OnrampUnavailableError';
  }
}

export class StripeOnramp implements OnrampGateway {
  constructor(private readonly stripe: StripeClient) {}

  async retrieveSession(id: string): Promise<unknown> {
    if (!/^cos_[A-Za-z0-9_]+$/.test(id)) throw new OnrampUnavailableError('not an onramp session id');
    return this.stripe.rawRequest('GET', `/v1/crypto/onramp_sessions/${id}`, {});
  }

  async createSession(request: OnrampSessionRequest): Promise<CreatedOnrampSession> {
    const { network } = request;
    let response: unknown;
    try {
      response = await this.stripe.rawRequest(
        'POST',
        '/v1/crypto/onramp_sessions',
        {
          // The wallet and network are ours and locked: the customer cannot send the USDC elsewhere.
          wallet_addresses: { [network.walletKey]: request.walletAddress },
          lock_wallet_address: true,
          destination_currency: 'usdc',
          destination_network: network.name,
          destination_currencies: ['usdc'],
          destination_networks: [network.name],
          source_currency: 'usd',
          source_amount: request.sourceAmount,
          ...(request.customerIp && { customer_ip_address: request.customerIp }),
          metadata: { deposit_id: request.depositId },
        },
        // One key per deposit: stripe-node's retries, and ours, never create a second session.
        { idempotencyKey: `stronghold-deposit-${request.depositId}` },
      );
    } catch (err) {
      throw new OnrampUnavailableError(describeStripeError(err), { cause: err });
    }
    const session = asOnrampSession(response);
    if (!session || !session.id.startsWith('cos_') || typeof session.client_secret !== 'string') {
      throw new OnrampUnavailableError('unexpected response from Stripe (no session id or client secret)');
    }
    return { id: session.id, clientSecret: session.client_secret, status: session.status };
  }
}

/** "StripeConnectionError: …" — type, code and message, which Stripe keeps free of secrets. */
export function describeStripeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { type?: string; code?: string; statusCode?: number };
  const head = [e.type ?? e.name, e.statusCode, e.code].filter((x) => x !== undefined && x !== '').join(' ');
  return `${head}: ${e.message}`.slice(0, 500);
}
