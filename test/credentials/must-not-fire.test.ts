// Things that look like secrets to a careless scanner but are not: identifiers, digests, images,
// public keys, prose about passwords, code that reads secrets, and documentation placeholders.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, it } from 'mocha';
import { CredentialLayer } from '../../inference/layers/credentials/credential-layer.js';
import { BASE64, HEX, fake, fakePem } from './fabricate.js';

const layer = new CredentialLayer();
await layer.load();

function pngDataUri(bytes: number): string {
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(bytes)]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const CASES: Array<[string, string]> = [
  ['UUIDs', `request ${randomUUID()} retried as ${randomUUID()}; trace_id=${randomUUID()}`],
  ['git SHAs', `commit ${fake(HEX, 40)}\nMerge: ${fake(HEX, 7)} ${fake(HEX, 7)}\nReverts ${fake(HEX, 40)}.`],
  ['sha256 digests', `sha256:${fake(HEX, 64)}  app.tar.gz\nintegrity sha512-${fake(BASE64, 86)}==`],
  ['a base64 PNG data URI', `<img src="${pngDataUri(24 * 1024)}" alt="chart">`],
  ['a markdown image with a long base64 payload', `![logo](${pngDataUri(3000)})`],
  ['prose about passwords, tokens and secrets', 'Choose a strong password and never share it. The token expires after an hour, ' +
    'and the secret to a good API key policy is rotation. Password: at least twelve characters. ' +
    'Your access key and secret key are shown once; store the token somewhere safe.'],
  ['a public PEM certificate', `Server certificate:\n${fakePem('CERTIFICATE', 1200)}\n`],
  ['a public key', `${fakePem('PUBLIC KEY', 392)}\n${fakePem('RSA PUBLIC KEY', 360)}\n${fakePem('PGP PUBLIC KEY BLOCK', 800)}`],
  ['an OpenSSH public key line', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake(BASE64, 43)} alex@laptop`],
  ['AWS documentation examples', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'],
  ['keys containing EXAMPLE', `api_key: sk-proj-EXAMPLE${fake(BASE64, 40)}\ntoken=ghp_EXAMPLE${fake(HEX, 29)}`],
  ['xxxx placeholders', 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['your_key_here placeholders', 'api_key = "your_key_here"\nsecret: your_secret_here_1234\nSTRIPE_KEY=sk_live_your_key_here_1234567890'],
  ['angle-bracket placeholders', 'Authorization: Bearer <YOUR_TOKEN_HERE>\npassword: <db-password-1>\napi_key=<api-key-from-dashboard-2>'],
  ['${...} placeholders', 'password: ${DB_PASSWORD}\nsecret_key = "${SECRET_KEY_2024}"\npostgres://app:${PGPASSWORD}@db/app'],
  ['masked values', 'password=************\ntoken: ****************************1a2b\nAWS_SECRET_ACCESS_KEY=****'],
  ['all-same characters', `AKIA${'A'.repeat(16)}\nghp_${'a'.repeat(36)}\naws_secret_access_key=${'A'.repeat(40)}\napi_key=${'0'.repeat(32)}`],
  ['code that reads secrets', 'const password = process.env.DB_PASSWORD;\npassword = os.environ["DB_PASSWORD"]\n' +
    'api_key = get_secret("prod/api_key")\ntoken: string;\nsecret = config.secrets.primary\nAPI_KEY=$API_KEY_FROM_VAULT'],
  ['URLs without credentials', 'postgres://db.internal:5432/app and https://example.com/path?page=2&sort=desc'],
  ['a password-less DSN', 'DATABASE_URL=postgresql://localhost/app_dev?sslmode=disable'],
  ['ordinary hyphenated words', 'a high-risk, task-based, desk-side plan for the sk-8 team'],
  ['version strings and hashes in lockfiles', `"resolved": "https://registry.npmjs.org/x/-/x-1.2.3.tgz",\n"integrity": "sha512-${fake(BASE64, 86)}=="`],
];

describe('credential layer: must not fire', () => {
  for (const [label, text] of CASES) {
    it(label, () => {
      const out = layer.scoreText(text);
      assert.deepEqual(out.findings.map((f) => [f.category, text.slice(f.start, f.end)]), []);
      assert.equal(out.score, 0);
    });
  }
});
