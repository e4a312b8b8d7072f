// Query parameters of the usage endpoints: limit (1..1000), an opaque keyset cursor or an offset,
// and the stats window in days. Bad values are a 400, never a silent default.
import { ApiError } from '../http/api-error.js';

export const MAX_USAGE_LIMIT = 1000;
export const DEFAULT_USAGE_LIMIT = 100;
export const MAX_STATS_DAYS = 366;

export interface UsageCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: UsageCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString('base64url');
}

const MAX_BIGINT = 2n ** 63n - 1n;

export function decodeCursor(raw: string): UsageCursor {
  const [iso, id] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  // The id is a PostgreSQL bigint and the time a timestamptz: out-of-range values are a 400 here, not
  // a failed cast in the query.
  const year = createdAt.getUTCFullYear();
  if (!id || !/^\d{1,19}$/.test(id) || BigInt(id) > MAX_BIGINT || !(year >= 1 && year <= 9999)) throw ApiError.badRequest('invalid_cursor', 'Invalid cursor');
  return { createdAt, id };
}

function intParam(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw ApiError.badRequest(`invalid_${name}`, `"${name}" must be an integer`);
  const n = Number(value);
  if (n < min || n > max) throw ApiError.badRequest(`invalid_${name}`, `"${name}" must be between ${min} and ${max}`);
  return n;
}

export function parseUsagePage(query: Record<string, unknown>): { limit: number; cursor?: UsageCursor; offset: number } {
  const limit = intParam(query.limit, 'limit', 1, MAX_USAGE_LIMIT, DEFAULT_USAGE_LIMIT);
  const offset = intParam(query.offset, 'offset', 0, 1_000_000, 0);
  if (query.cursor !== undefined && offset > 0) throw ApiError.badRequest('invalid_pagination', 'Use either "cursor" or "offset", not both');
  if (query.cursor !== undefined && typeof query.cursor !== 'string') throw ApiError.badRequest('invalid_cursor', 'Invalid cursor');
  return { limit, offset, ...(typeof query.cursor === 'string' && { cursor: decodeCursor(query.cursor) }) };
}

export function parseStatsDays(query: Record<string, unknown>): number {
  return intParam(query.days, 'days', 1, MAX_STATS_DAYS, 30);
}
