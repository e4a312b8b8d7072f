// API key secrets: `sk_live_` + 32 random bytes (base64url). Only the SHA-256 is stored; the first
// characters are kept as a prefix so a user can tell keys apart in a list.
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'sk_live_';
const API_KEY_PATTERN = /^sk_live_[A-Za-z0-9_-]{43}$/;
const DISPLAY_CHARS = API_KEY_PREFIX.length + 6;

export interface NewApiKeySecret {
  key: string;
  hash: string;
  prefix: string;
}

export function generateApiKey(): NewApiKeySecret {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, DISPLAY_CHARS) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function looksLikeApiKey(token: string): boolean {
  return API_KEY_PATTERN.test(token);
}

/** The sk_… bearer token of a request, if it carries one (sessions use JWTs, never sk_). */
export function bearerApiKey(authorization: string | undefined): string | undefined {
  const match = authorization ? /^Bearer\s+(sk_\S+)$/i.exec(authorization) : null;
  return match?.[1];
}
