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

/** `$NAME`, `${NAME}`, `%NAME%`, `$env:NAME`: a reference to an environment variable, not its value. */
const VARIABLE_REFERENCE = /^(?:\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|\$env:[A-Za-z_]\w*)$/i;
/** A property path: `process.env.DB_PASSWORD`, `config.secrets.primary`. */
const PROPERTY_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
/** A call or an index: what stands before the first `(` or `[` (a name or a path, maybe empty), and after it. */
const CALL_OR_INDEX = /^([\w$.:]*)[([](.*)$/s;
/** What separates the names and numbers of a call's arguments, indexes and the chain after them. */
const CODE_PUNCTUATION = /[()[\].,:/-]+/;
const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * A name as a programmer writes it: few switches between lower case, upper case and digits
 * (`getSecretValue` 4, `b64decode` 2, `DB_PASSWORD` 0), where a random key switches at almost every
 * character (`a1B2c3D4e5F6` 11, `mQ2vL8pR4zT` 10).
 */
function isWordLikeName(token: string): boolean {
  if (!NAME.test(token)) return false;
  let switches = 0;
  let previous = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const kind = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (kind === 0) continue;
    if (previous !== 0 && kind !== previous) switches++;
    previous = kind;
  }
  return switches <= Math.max(2, token.length / 3);
}

/**
 * Code that calls or indexes something by name, and passes only names and numbers: `get_secret(`,
 * `os.environ[`, `os.getenv(DB_PASS`, `vault.read(path).data`, `$config[`, `$(read_password`, and a
 * bracketed stand-in such as `[secure_password_here`. (The rules stop a value at quotes and spaces, and
 * drop a closing bracket at its end, so a call often arrives cut short.) A key holding a bracket does
 * not read like that: `Xk9(mQ2vL8#pR4zT` passes a `#`, `a1B2c3D4e5F6g7H8[i9J0` calls no name.
 */
function isCallOrIndex(value: string): boolean {
  const m = CALL_OR_INDEX.exec(value);
  if (m === null) return false;
  const tokens = `${m[1]!}(${m[2]!}`.split(CODE_PUNCTUATION);
  return tokens.every((t) => t === '' || t === '$' || /^\d+$/.test(t) || isWordLikeName(t));
}

/**
 * A generic `password=` / `token:` value must look like a literal, not code or a reference to one:
 * `process.env.X`, `os.environ["X"]`, `get_secret(…)`, `$X`, `${X}`, `%X%`, or a plain identifier.
 * Only those shapes are dropped: a real password may well hold `(` or `[`, or start with `$` or `%`.
 */
export function isLiteralSecretValue(value: string): boolean {
  if (VARIABLE_REFERENCE.test(value) || PROPERTY_PATH.test(value) || isCallOrIndex(value)) return false;
  return /[^A-Za-z_.-]/.test(value);
}
