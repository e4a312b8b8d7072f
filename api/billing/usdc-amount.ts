// Decimal USDC strings ("25.00", Stripe's "24.61") to integer micro-USDC and back, exactly:
// digits are split and joined as text, so no amount ever passes through a float.
const MICRO_DIGITS = 6;
const DECIMAL = /^(\d{1,12})(?:\.(\d{1,6}))?$/;

/** "25.00" → 25000000n; undefined for anything that is not a plain non-negative decimal with ≤ 6 places. */
export function parseUsdc(raw: string): bigint | undefined {
  const match = DECIMAL.exec(raw.trim());
  if (!match) return undefined;
  const whole = match[1]!;
  const fraction = (match[2] ?? '').padEnd(MICRO_DIGITS, '0');
  return BigInt(whole) * 1_000_000n + BigInt(fraction);
}

/** 25000000n → "25.00" (cents, as Stripe's fiat fields take them); undefined when not whole cents. */
export function toCents(micro: bigint): string | undefined {
  if (micro < 0n || micro % 10_000n !== 0n) return undefined;
  const cents = micro / 10_000n;
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}
