// Parses what clients send to the deposit routes: the deposit request body (amount as an exact
// decimal string, provider) and the history page query (limit and an opaque keyset cursor).
import { ApiError } from '../http/api-error.js';
import { parseUsdc } from './usdc-amount.js';

export type DepositProviderName = 'stripe' | 'direct';

export interface DepositRequest {
  amountMicroUsdc: bigint;
  provider: DepositProviderName;
}

export interface DepositPage {
  limit: number;
  cursor?: { createdAt: Date; id: string };
}

export const DEFAULT_DEPOSIT_PAGE = 20;
export const MAX_DEPOSIT_PAGE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function parseDepositRequest(body: unknown): DepositRequest {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  // Strings only: a JSON number has already been through a float by the time we see it.
  if (typeof b.amount_usdc !== 'string') {
    throw ApiError.badRequest('invalid_amount', '"amount_usdc" must be a decimal string such as "25.00"');
  }
  const amount = parseUsdc(b.amount_usdc);
  if (amount === undefined || amount <= 0n) {
    throw ApiError.badRequest('invalid_amount', '"amount_usdc" must be a positive decimal with at most 6 places, such as "25.00"');
  }
  const provider = b.provider ?? 'stripe';
  if (provider !== 'stripe' && provider !== 'direct') throw ApiError.badRequest('invalid_provider', '"provider" must be "stripe" or "direct"');
  return { amountMicroUsdc: amount, provider };
}

export function encodeDepositCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function parseDepositPage(query: Record<string, unknown>): DepositPage {
  let limit = DEFAULT_DEPOSIT_PAGE;
  if (query.limit !== undefined) {
    if (typeof query.limit !== 'string' || !/^\d{1,4}$/.test(query.limit) || Number(query.limit) < 1 || Number(query.limit) > MAX_DEPOSIT_PAGE) {
      throw ApiError.badRequest('invalid_limit', `"limit" must be an integer between 1 and ${MAX_DEPOSIT_PAGE}`);
    }
    limit = Number(query.limit);
  }
  if (query.cursor === undefined) return { limit };
  const [iso, id] = typeof query.cursor === 'string' ? Buffer.from(query.cursor, 'base64url').toString('utf8').split('|') : [];
  const createdAt = new Date(iso ?? '');
  if (!isUuid(id) || Number.isNaN(createdAt.getTime())) throw ApiError.badRequest('invalid_cursor', 'Invalid cursor');
  return { limit, cursor: { createdAt, id } };
}
