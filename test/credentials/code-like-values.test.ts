// Name-based rules (password=, api_key=, …) must tell a literal from code that reads a secret. Real
// passwords hold `(`, `[` and a leading `$` too; only values shaped like code are dropped: a call or
// index on a name (`get_secret(…)`, `os.environ[…]`), an environment reference (`$NAME`, `${NAME}`,
// `%NAME%`, `$env:NAME`), a property path, or a bare name.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { CredentialLayer } from '../../inference/layers/credentials/credential-layer.js';
import type { ScanDocument } from '../../inference/layers/layer.js';
import { sanitize } from '../../inference/sanitize.js';

const BLOCK = 0.7;
const WARN = 0.4;
const layer = new CredentialLayer();
await layer.load();

/** Output mode, as the pipeline runs the layer. */
function scan(text: string): { score: number; found: [string, string][]; redacted: string } {
  const doc: ScanDocument = { job: { text, mode: 'output', contentType: 'text' }, views: [] };
  const [out] = layer.scoreBatch([doc]);
  assert.ok(out);
  return { score: out.score, found: out.findings.map((f) => [f.category, text.slice(f.start, f.end)]), redacted: sanitize(text, out.findings) };
}

const LITERALS: [label: string, text: string, rule: string, secret: string][] = [
  ['quoted password with a parenthesis', 'DB_PASSWORD="Xk9(mQ2vL8#pR4zT"\n', 'generic_password', 'Xk9(mQ2vL8#pR4zT'],
  ['unquoted password with a parenthesis', 'DB_PASSWORD=Xk9(mQ2vL8#pR4zT\n', 'generic_password', 'Xk9(mQ2vL8#pR4zT'],
  ['quoted password starting with $', 'password = "$Xk9mQ2vL8#pR4zT"', 'generic_password', '$Xk9mQ2vL8#pR4zT'],
  ['YAML password starting with $', 'db:\n  password: $Xk9mQ2vL8#pR4zT\n', 'generic_password', '$Xk9mQ2vL8#pR4zT'],
  ['password starting with %', 'password=%Xk9mQ2vL8#pR4zT', 'generic_password', '%Xk9mQ2vL8#pR4zT'],
  ['password with brackets inside', 'PGPASSWORD=q7[Lm2#Vx9]Rt4', 'generic_password', 'q7[Lm2#Vx9]Rt4'],
  ['quoted api_key with a bracket', 'api_key="a1B2c3D4e5F6g7H8[i9J0"', 'generic_secret', 'a1B2c3D4e5F6g7H8[i9J0'],
  ['unquoted api_key with a bracket', 'api_key=a1B2c3D4e5F6g7H8[i9J0k1L2\n', 'generic_secret', 'a1B2c3D4e5F6g7H8[i9J0k1L2'],
];

const CODE: [label: string, text: string][] = [
  ['a call', 'api_key = get_secret("prod/api_key")'],
  ['a call with a bare argument', 'password = os.getenv(DB_PASSWORD_NAME)'],
  ['a call with no argument', 'password = getpass()'],
  ['a call, then a property', 'password=vault.read(secret/data/db).data'],
  ['an index', 'password = os.environ["DB_PASSWORD"]'],
  ['an index by number', 'password = credentials[0]'],
  ['an index by symbol', 'password: Rails.application.credentials[:db_password]'],
  ['a PHP array', "password => $config['db_password']"],
  ['shell command substitution', 'DB_PASSWORD=$(read_db_password)'],
  ['a shell variable', 'password=$DB_PASSWORD_FROM_VAULT'],
  ['a braced shell variable', 'PASSWORD=${DB_PASSWORD}'],
  ['a Windows variable', 'set PASSWORD=%DB_PASSWORD%'],
  ['a PowerShell variable', '$password = $env:DB_PASSWORD'],
  ['a property path', 'const password = process.env.DB_PASSWORD;'],
  ['a bracketed stand-in', 'password=[secure_password_here]'],
];

describe('credential rules: literal values with code characters, and code that reads secrets', () => {
  describe('literals are found and redacted (passwords BLOCK, generic secrets at least WARN)', () => {
    for (const [label, text, rule, secret] of LITERALS) {
      it(label, () => {
        const out = scan(text);
        assert.deepEqual(out.found, [[rule, secret]]);
        assert.ok(out.score >= (rule === 'generic_password' ? BLOCK : WARN), `score ${out.score}`);
        assert.ok(!out.redacted.includes(secret), out.redacted);
      });
    }
  });

  describe('code stays quiet', () => {
    for (const [label, text] of CODE) {
      it(`${label}: ${text}`, () => {
        const out = scan(text);
        assert.deepEqual(out.found, []);
        assert.equal(out.score, 0);
      });
    }
  });
});
