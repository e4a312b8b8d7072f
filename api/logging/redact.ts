// Masks secrets before a log line is written: tokens, keys, cookies and account numbers keep only
// enough characters to correlate two lines, never enough to reuse.
const SECRET_KEY = /(token|secret|password|authorization|cookie|api[_-]?key|signature|account_number|private)/i;
const ACCOUNT_NUMBER = /\b\d{4}-?\d{4}-?\d{4}-?(\d{4})\b/g;
const BEARER = /\b(Bearer\s+)([A-Za-z0-9._~+/=-]{8})[A-Za-z0-9._~+/=-]*/g;
const JWT = /\beyJ[A-Za-z0-9_-]{4}[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** "abcdef123456…" → "abcd…(12)"; short values are masked entirely. */
export function maskSecret(value: string): string {
  if (value.length <= 8) return '****';
  return `${value.slice(0, 4)}…(${value.length})`;
}

export function maskAccountNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 4 ? `****-****-****-${digits.slice(-4)}` : '****';
}

/** Scrubs free text (messages, stacks) of anything that looks like a credential. */
export function redactText(text: string): string {
  return text
    .replace(ACCOUNT_NUMBER, (_m, last4: string) => `****-****-****-${last4}`)
    .replace(BEARER, (_m, prefix: string, head: string) => `${prefix}${head.slice(0, 4)}…`)
    .replace(JWT, (m) => maskSecret(m));
}

/** Deep copy of `value` with secret-named fields masked and strings scrubbed. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[depth]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_KEY.test(key) && typeof v === 'string') {
      out[key] = /account_number/i.test(key) ? maskAccountNumber(v) : maskSecret(v);
    } else {
      out[key] = redact(v, depth + 1);
    }
  }
  return out;
}
