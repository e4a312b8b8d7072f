// Starts deposits and lists them. A card deposit is a pending row first, then a Stripe onramp
// session; when Stripe fails the row is marked failed (reason kept here) and the client gets a 502.
import type { DepositsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import type { Logger } from '../logging/logger.js';
import { formatUsdc } from '../money.js';
import type { DepositPage, DepositRequest } from './deposit-request.js';
import { encodeDepositCursor } from './deposit-request.js';
import type { DepositSettings } from './deposit-settings.js';
import { describeDeposit } from './deposit-view.js';
import { onrampNetwork } from './onramp-networks.js';
import { OnrampUnavailableError, type OnrampGateway } from './stripe-onramp.js';
import { toCents } from './usdc-amount.js';

export interface DepositServiceDeps {
  deposits: DepositsRepository;
  settings: DepositSettings;
  /** Absent when Stripe is not configured: card deposits answer 503. */
  onramp?: OnrampGateway;
  publishableKey?: string;
  clock: Clock;
}

export const DIRECT_DEPOSIT_NOTE =
  'Send USDC to this address on this network. Direct transfers are not credited automatically yet: that needs a chain watcher, which this service does not run.';

export class DepositService {
  constructor(private readonly deps: DepositServiceDeps) {}

  async create(accountId: string, request: DepositRequest, context: { customerIp?: string; log: Logger }) {
    const { settings } = this.deps;
    const wallet = settings.walletAddress;
    if (!wallet) throw ApiError.serviceUnavailable('deposits_unavailable', 'Deposits are not configured on this server');
    this.checkBounds(request.amountMicroUsdc);
    if (request.provider === 'direct') {
      const row = await this.deps.deposits.create({ accountId, provider: 'direct', amountMicroUsdc: request.amountMicroUsdc, network: settings.network, walletAddress: wallet });
      context.log.info('deposit started', { event: 'deposit_started', deposit_id: row.id, account_id: accountId, provider: 'direct' });
      return { deposit_id: row.id, client_secret: null, publishable_key: null, ...describeDeposit(row), pay_to: wallet, asset: 'USDC', note: DIRECT_DEPOSIT_NOTE };
    }

    const { onramp, publishableKey } = this.deps;
    if (!onramp || !publishableKey) throw ApiError.serviceUnavailable('deposits_unavailable', 'Card deposits are not configured on this server');
    const cents = toCents(request.amountMicroUsdc);
    if (cents === undefined) throw ApiError.badRequest('invalid_amount', 'Card deposits take whole cents, such as "25.00"');
    const row = await this.deps.deposits.create({ accountId, provider: 'stripe', amountMicroUsdc: request.amountMicroUsdc, network: settings.network, walletAddress: wallet });
    let session;
    try {
      session = await onramp.createSession({ depositId: row.id, sourceAmount: cents, walletAddress: wallet, network: onrampNetwork(settings.network)!, customerIp: context.customerIp });
    } catch (err) {
      const reason = err instanceof OnrampUnavailableError ? err.reason : `unexpected: ${String(err)}`;
      await this.deps.deposits.close(row.id, 'failed', reason, this.deps.clock.now());
      context.log.error('onramp session failed', { event: 'deposit_failed', deposit_id: row.id, account_id: accountId, reason });
      throw new ApiError(502, 'payment_provider_error', 'The payment provider could not start this deposit; try again later');
    }
    await this.deps.deposits.attachSession(row.id, session.id, session.status, this.deps.clock.now());
    context.log.info('deposit started', { event: 'deposit_started', deposit_id: row.id, account_id: accountId, provider: 'stripe', stripe_session_id: session.id });
    return {
      deposit_id: row.id,
      client_secret: session.clientSecret,
      publishable_key: publishableKey,
      ...describeDeposit(row),
      stripe_session_id: session.id,
      stripe_session_status: session.status,
    };
  }

  async list(accountId: string, page: DepositPage) {
    const rows = await this.deps.deposits.listForAccount(accountId, { limit: page.limit, before: page.cursor });
    const last = rows.at(-1);
    return {
      deposits: rows.map(describeDeposit),
      limit: page.limit,
      next_cursor: rows.length === page.limit && last ? encodeDepositCursor(last.created_at, last.id) : null,
    };
  }

  async get(accountId: string, depositId: string) {
    const row = await this.deps.deposits.findById(depositId);
    // Someone else's deposit is "not found", not "forbidden": ids are not an oracle.
    if (!row || row.account_id !== accountId) throw ApiError.notFound('Deposit not found');
    return describeDeposit(row);
  }

  private checkBounds(amount: bigint): void {
    const min = BigInt(this.deps.settings.minMicroUsdc);
    const max = BigInt(this.deps.settings.maxMicroUsdc);
    if (amount < min || amount > max) {
      throw ApiError.badRequest('amount_out_of_range', `Deposits must be between ${formatUsdc(min)} and ${formatUsdc(max)} USDC`);
    }
  }
}
