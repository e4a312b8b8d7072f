// Deposit settings read from the environment by api/config.ts: amount bounds, the receiving
// wallet and the network deposits are locked to. Problems are reported, not thrown, like the rest.
import { ONRAMP_NETWORK_NAMES, onrampNetwork, onrampNetworkForCaip2 } from './onramp-networks.js';
import { parseUsdc } from './usdc-amount.js';

export interface DepositSettings {
  /** Micro-USDC as decimal strings (the config stays JSON-serialisable). */
  minMicroUsdc: string;
  maxMicroUsdc: string;
  /** DEPOSIT_WALLET_ADDRESS, else X402_PAY_TO; deposits are refused without one. */
  walletAddress?: string;
  /** Stripe onramp network name (base, ethereum, polygon, …). */
  network: string;
}

type Read = (name: string) => string | undefined;

export function parseDepositSettings(read: Read, problems: string[], payments: { payTo?: string; network: string }): DepositSettings {
  const amount = (name: string, fallback: string): bigint => {
    const raw = read(name) ?? fallback;
    const micro = parseUsdc(raw);
    if (micro === undefined || micro <= 0n) {
      problems.push(`${name} must be a positive USDC amount like "5.00" (got "${raw}")`);
      return parseUsdc(fallback)!;
    }
    return micro;
  };
  const min = amount('DEPOSIT_MIN_USDC', '5.00');
  const max = amount('DEPOSIT_MAX_USDC', '10000.00');
  if (min > max) problems.push('DEPOSIT_MIN_USDC must not exceed DEPOSIT_MAX_USDC');

  const explicit = read('DEPOSIT_NETWORK');
  const network = explicit ? onrampNetwork(explicit) : (onrampNetworkForCaip2(payments.network) ?? onrampNetwork('base'));
  if (!network) problems.push(`DEPOSIT_NETWORK must be one of ${ONRAMP_NETWORK_NAMES.join(', ')} (got "${explicit}")`);

  const walletAddress = read('DEPOSIT_WALLET_ADDRESS') ?? payments.payTo;
  if (walletAddress && network && !network.addressPattern.test(walletAddress)) {
    problems.push(`the deposit wallet (DEPOSIT_WALLET_ADDRESS or X402_PAY_TO) is not a ${network.name} address`);
  }
  return { minMicroUsdc: min.toString(), maxMicroUsdc: max.toString(), walletAddress, network: network?.name ?? 'base' };
}
