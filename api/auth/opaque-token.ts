// Opaque secrets (refresh tokens, CSRF tokens): 32 random bytes in base64url, compared in constant
// time, stored only as SHA-256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
