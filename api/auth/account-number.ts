// Account numbers: 16 digits from the CSPRNG, shown as XXXX-XXXX-XXXX-XXXX, accepted with or
// without dashes, stored only as a SHA-256 hash (they are the login credential).
import { createHash, randomInt } from 'node:crypto';

const DIGITS_ONLY = /^\d{16}$/;
const DASHED = /^\d{4}-\d{4}-\d{4}-\d{4}$/;

/** randomInt's range is below 2^48, so draw two 8-digit halves rather than one 16-digit number. */
export function generateAccountNumber(): string {
  const half = () => randomInt(0, 100_000_000).toString().padStart(8, '0');
  return `${half()}${half()}`;
}

/** 16 digits (spaces around are ignored) or the dashed form → 16 digits; anything else → null. */
export function normalizeAccountNumber(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  if (DIGITS_ONLY.test(trimmed)) return trimmed;
  if (DASHED.test(trimmed)) return trimmed.replaceAll('-', '');
  return null;
}

export function formatAccountNumber(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1-');
}

export function maskedAccountNumber(last4: string): string {
  return `****-****-****-${last4}`;
}

export function hashAccountNumber(digits: string): string {
  return createHash('sha256').update(`stronghold-account:${digits}`).digest('hex');
}
