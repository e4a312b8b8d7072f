// Fabricated credentials for the tests, built at run time from a seeded generator so no literal in
// the repository looks like a live secret to push-protection scanners, and every run sees the same values.

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const BASE62 = UPPER + LOWER + DIGITS;
export const BASE64 = BASE62 + '+/';
export const BASE64URL = BASE62 + '-_';
export const AWS_ID_CHARS = UPPER + '234567';

/** mulberry32: tiny, seedable, good enough to make strings that look random. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let counter = 1;

/** A random-looking string over charset; each call draws a fresh deterministic seed. */
export function fake(charset: string, length: number, seed = counter++ * 7919): string {
  const next = generator(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += charset[Math.floor(next() * charset.length)];
  return out;
}

/** A PEM block of the given label with a random base64 body (64-character lines). */
export function fakePem(label: string, bodyChars = 320): string {
  const body = fake(BASE64, bodyChars);
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

export function base64url(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

/** A signed-looking JWT: JSON header with "alg", JSON payload, random signature. */
export function fakeJwt(header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const payload = { sub: 'user-8812', iat: 1717000000, scope: 'repo:read' };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${fake(BASE64URL, 43)}`;
}

/** Repeats unit until the result reaches `bytes` characters (1 MiB by default). */
export function fill(unit: string, bytes = 1 << 20): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
