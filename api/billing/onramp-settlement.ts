// Reads what a fulfilled onramp session actually delivered and checks it against the deposit we
// asked for. Anything unexpected is a mismatch: the deposit goes to review, never credited by code.
import type { DepositRow } from '../../db/index.js';
import type { OnrampSession } from './onramp-session.js';
import { parseUsdc } from './usdc-amount.js';

export type Settlement = { ok: true; feeMicroUsdc: bigint; netMicroUsdc: bigint } | { ok: false; reason: string };

export function settleOnrampSession(deposit: DepositRow, session: OnrampSession): Settlement {
  const td = session.transaction_details;
  if (!td) return { ok: false, reason: 'no transaction_details in the fulfilled session' };
  if (td.destination_currency?.toLowerCase() !== 'usdc') return { ok: false, reason: `currency mismatch: delivered ${String(td.destination_currency)}` };
  if (td.destination_network !== deposit.network) return { ok: false, reason: `network mismatch: delivered on ${String(td.destination_network)}, expected ${deposit.network}` };
  const delivered = deliveredTo(session);
  if (!delivered || !sameAddress(delivered, deposit.wallet_address)) return { ok: false, reason: `wallet mismatch: delivered to ${String(delivered)}` };

  const amount = BigInt(deposit.amount_micro_usdc);
  const source = typeof td.source_amount === 'string' ? parseUsdc(td.source_amount) : undefined;
  if (td.source_currency?.toLowerCase() !== 'usd' || source !== amount) {
    return { ok: false, reason: `amount mismatch: paid ${String(td.source_amount)} ${String(td.source_currency)}, expected ${deposit.amount_micro_usdc} micro-USD` };
  }
  const net = typeof td.destination_amount === 'string' ? parseUsdc(td.destination_amount) : undefined;
  // Never credit more than was paid, nor nothing: either means we misread the session.
  if (net === undefined || net <= 0n || net > amount) return { ok: false, reason: `amount mismatch: delivered ${String(td.destination_amount)} USDC for ${deposit.amount_micro_usdc} micro-USD` };

  const fees = [td.fees?.transaction_fee_monetary, td.fees?.network_fee_monetary].filter((f): f is string => typeof f === 'string');
  const parsed = fees.map(parseUsdc);
  if (parsed.some((f) => f === undefined)) return { ok: false, reason: `unreadable fees: ${fees.join(', ')}` };
  // Stripe's fees are in the fiat paid; without them, what did not arrive is the fee.
  const fee = parsed.length > 0 ? parsed.reduce<bigint>((sum, f) => sum + f!, 0n) : amount - net;
  return { ok: true, feeMicroUsdc: fee, netMicroUsdc: net };
}

function deliveredTo(session: OnrampSession): string | undefined {
  const td = session.transaction_details;
  if (typeof td?.wallet_address === 'string' && td.wallet_address) return td.wallet_address;
  const addresses = Object.values(td?.wallet_addresses ?? {}).filter((a) => typeof a === 'string' && a);
  // With the wallet locked Stripe lists only ours; more than one address is not a session we made.
  return addresses.length === 1 ? addresses[0] : undefined;
}

/** EVM addresses compare case-insensitively (checksum casing); others exactly. */
function sameAddress(a: string, b: string): boolean {
  return a.startsWith('0x') && b.startsWith('0x') ? a.toLowerCase() === b.toLowerCase() : a === b;
}
