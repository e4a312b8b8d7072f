// Money on the wire: integer micro-USDC as decimal strings ("1000"), and a USDC rendering with six
// decimals ("0.001000") for fields named *_usdc. BigInt only; floats never touch an amount.
const MICRO_PER_USDC = 1_000_000n;

export function toMicroString(value: string | bigint | number): string {
  return BigInt(value).toString();
}

export function formatUsdc(micro: string | bigint): string {
  const value = BigInt(micro);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / MICRO_PER_USDC}.${(abs % MICRO_PER_USDC).toString().padStart(6, '0')}`;
}

/** USD rendering without trailing zeros (1000 micro → "0.001"), for price lists. */
export function formatUsd(micro: string | bigint): string {
  return formatUsdc(micro).replace(/0+$/, '').replace(/\.$/, '.00').replace(/\.(\d)$/, '.$10');
}
