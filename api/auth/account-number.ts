// Account numbers: 16 digits from the CSPRNG, shown as XXXX-XXXX-XXXX-XXXX, accepted with or
// without dashes, stored only as an HMAC keyed by a server secret (they are the login credential).
import { createHmac, randomInt } from 'node:crypto';
import { sha256Hex } from './opaque-token.js';

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

/**
 * The stored lookup key: HMAC-SHA256 under ACCOUNT_NUMBER_PEPPER. A plain hash would not do: with
 * the last four digits stored beside it, a copy of the database is 10^12 guesses from every login.
 */
export function hashAccountNumber(digits: string, pepper: string): string {
  return createHmac('sha256', pepper).update(`stronghold-account:${digits}`).digest('hex');
}

/** The key of accounts created before the pepper: found at login and rewritten under it. */
export function legacyAccountNumberHash(digits: string): string {
  return sha256Hex(`stronghold-account:${digits}`);
}
