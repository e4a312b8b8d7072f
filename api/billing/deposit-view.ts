// How a deposit row looks on the wire: micro-USDC strings plus six-decimal USDC renderings, and
// never the server-side failure reason.
import type { DepositRow } from '../../db/index.js';
import { formatUsdc } from '../money.js';

export function describeDeposit(row: DepositRow) {
  return {
    id: row.id,
    provider: row.provider,
    status: row.status,
    amount_micro_usdc: row.amount_micro_usdc,
    amount_usdc: formatUsdc(row.amount_micro_usdc),
    fee_micro_usdc: row.fee_micro_usdc,
    fee_usdc: formatUsdc(row.fee_micro_usdc),
    net_amount_micro_usdc: row.net_amount_micro_usdc,
    net_amount_usdc: formatUsdc(row.net_amount_micro_usdc),
    currency: row.currency,
    network: row.network,
    created_at: row.created_at.toISOString(),
    completed_at: row.completed_at?.toISOString() ?? null,
  };
}
