// The effect of one crypto.onramp_session_updated event on its deposit, inside the webhook's
// transaction: fulfilled → completed and credited once; rejected → failed; others recorded.
import type { DepositsRepository } from '../../db/index.js';
import type { Logger } from '../logging/logger.js';
import { isUuid } from './deposit-request.js';
import type { OnrampSession } from './onramp-session.js';
import { settleOnrampSession } from './onramp-settlement.js';

export type OnrampOutcome = 'credited' | 'failed' | 'advanced' | 'unchanged' | 'review' | 'unknown_deposit' | 'not_ours';

const FINAL = new Set(['completed', 'failed', 'review']);

export async function applyOnrampUpdate(deposits: DepositsRepository, session: OnrampSession, ctx: { eventId: string; at: Date; log: Logger }): Promise<OnrampOutcome> {
  const { log, at } = ctx;
  const meta = { event_id: ctx.eventId, stripe_session_id: session.id, session_status: session.status };
  const depositId = session.metadata?.deposit_id;
  if (depositId === undefined) {
    // Sessions created by something else on the same Stripe account.
    log.warn('onramp event without a deposit id; ignored', meta);
    return 'not_ours';
  }
  const deposit = isUuid(depositId) ? await deposits.findForUpdate(depositId) : undefined;
  if (!deposit || deposit.provider !== 'stripe') {
    log.error('onramp event for an unknown deposit; nothing credited', { ...meta, deposit_id: depositId });
    return 'unknown_deposit';
  }
  const dmeta = { ...meta, deposit_id: deposit.id, account_id: deposit.account_id, deposit_status: deposit.status };
  if (deposit.stripe_session_id !== null && deposit.stripe_session_id !== session.id) {
    log.error('onramp event names another session than the deposit; nothing changed', dmeta);
    return 'unknown_deposit';
  }
  if (FINAL.has(deposit.status)) {
    // A completed deposit never changes again, whatever arrives later.
    const level = deposit.status === 'completed' && session.status !== 'fulfillment_complete' ? 'error' : 'info';
    log[level]('onramp event for a deposit already final; nothing changed', dmeta);
    return 'unchanged';
  }

  switch (session.status) {
    case 'fulfillment_complete': {
      const settlement = settleOnrampSession(deposit, session);
      if (!settlement.ok) {
        await deposits.close(deposit.id, 'review', settlement.reason, at, session.status);
        log.error('onramp fulfilment does not match the deposit; held for review, nothing credited', { ...dmeta, reason: settlement.reason });
        return 'review';
      }
      const done = await deposits.completeAndCredit(deposit.id, settlement, session.status, at);
      if (!done) return 'unchanged';
      log.info('deposit credited', {
        ...dmeta,
        event: 'deposit_credited',
        net_micro_usdc: done.netMicroUsdc,
        fee_micro_usdc: settlement.feeMicroUsdc.toString(),
        balance_micro_usdc: done.balanceMicroUsdc,
      });
      return 'credited';
    }
    case 'rejected':
      await deposits.close(deposit.id, 'failed', 'rejected by Stripe', at, session.status);
      log.info('deposit rejected by Stripe', { ...dmeta, event: 'deposit_failed' });
      return 'failed';
    case 'requires_payment':
    case 'fulfillment_processing': {
      const moved = await deposits.advance(deposit.id, session.status === 'requires_payment' ? 'requires_payment' : 'processing', session.status, at);
      return moved ? 'advanced' : 'unchanged';
    }
    default:
      log.info('onramp status recorded without effect', dmeta);
      return 'unchanged';
  }
}
