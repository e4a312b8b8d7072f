// Value checks the rules share: Shannon entropy, documentation placeholders, and shape validators.
// They run only on regex hits, so clarity matters more than speed here.

/** Shannon entropy in bits per character (UTF-16 units; secrets are ASCII). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Published example credentials (AWS docs, Azurite's well-known dev account, jwt.io's sample):
 * public on purpose, so flagging them would only teach users to ignore the layer.
 */
const KNOWN_PUBLIC_VALUES: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/** Substrings (lower-case) that mark a value as a stand-in rather than a credential. */
const PLACEHOLDER_MARKERS: readonly string[] = [
  'example', 'xxxx', 'placeholder', 'redacted', 'your_', 'your-', 'yourkey', 'yoursecret',
  'yourtoken', 'changeme', 'change_me', 'replace_me', 'replaceme', 'insert_', '****', '...',
  '\u2026', '${', '{{', '<', '>', '%s',
];

/** Six identical or six consecutive characters: vanishingly rare in random keys, common in stand-ins. */
function hasRunOfSix(value: string): boolean {
  let same = 1;
  let up = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    same = d === 0 ? same + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    if (same >= 6 || up >= 6) return true;
  }
  return false;
}

/** True for documentation placeholders: EXAMPLE keys, xxxx, <...>, ${...}, ****, aaaaaa, 123456. */
export function isPlaceholder(value: string): boolean {
  if (KNOWN_PUBLIC_VALUES.has(value)) return true;
  const lower = value.toLowerCase();
  for (const marker of PLACEHOLDER_MARKERS) {
    if (lower.includes(marker)) return true;
  }
  return hasRunOfSix(value);
}

/** Upper and lower case letters and a digit or symbol: base64 keys have all, hex digests and words do not. */
export function hasMixedCharset(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9+/]/.test(value);
}

/** A JWT is only a JWT if its header decodes to a JSON object naming an algorithm. */
export function isJwt(token: string): boolean {
  const dot = token.indexOf('.');
  if (dot <= 0) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

const KEY_MATERIAL = /[A-Za-z0-9+/]{40}/;

/** A PEM block (or a JSON key holding one) must carry real base64, not "..." or a placeholder. */
export function hasKeyMaterial(block: string): boolean {
  const material = KEY_MATERIAL.exec(block);
  return material !== null && !isPlaceholder(material[0]);
}

/** Passwords equal to a common stand-in word, or to the user name ("postgres:postgres"), are defaults. */
const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'admin', 'root', 'user', 'guest', 'test',
  'postgres', 'mysql', 'redis', 'mongo', 'rabbitmq', 'example', 'dbpass', 'dbpassword', 'mypassword',
]);

export function isRealUrlPassword(password: string, match: RegExpExecArray): boolean {
  const user = match[1] ?? '';
  return !DEFAULT_PASSWORDS.has(password.toLowerCase()) && password !== user;
}

/**
 * A generic `password=` / `token:` value must look like a literal, not code or a reference to one:
 * `process.env.X`, `os.environ["X"]`, `$X`, `%X%`, `getSecret()`, or a plain identifier.
 */
export function isLiteralSecretValue(value: string): boolean {
  if (value.startsWith('$') || value.startsWith('%')) return false;
  if (value.includes('(') || value.includes('[')) return false;
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return false;
  return /[^A-Za-z_.-]/.test(value);
}
