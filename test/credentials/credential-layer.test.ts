// The credential layer as the pipeline sees it: contract, scoring, overlaps, and the acceptance
// scenario (an AWS key pair and an RSA private key in prose, found and redacted).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { ScanDocument } from '../../inference/layers/layer.js';
import { CredentialLayer } from '../../inference/layers/credentials/credential-layer.js';
import { sanitize as redact } from '../../inference/sanitize.js';
import type { ScanJob } from '../../inference/scan-types.js';
import { AWS_ID_CHARS, BASE62, BASE64, fake, fakeJwt, fakePem } from './fabricate.js';

const BLOCK = 0.7;
const WARN = 0.4;
const doc = (text: string): ScanDocument => {
  const job: ScanJob = { text, mode: 'output', contentType: 'text' };
  return { job, views: [] };
};

describe('CredentialLayer', () => {
  const layer = new CredentialLayer();

  it('is the output-mode credential layer and loads idempotently', async () => {
    assert.equal(layer.name, 'credential');
    assert.deepEqual(layer.modes, ['output']);
    await layer.load();
    await layer.load();
  });

  it('acceptance: finds and redacts an AWS key pair and an RSA private key in prose', () => {
    const keyId = 'AKIA' + fake(AWS_ID_CHARS, 16);
    const secret = fake(BASE64, 40);
    const pem = fakePem('RSA PRIVATE KEY', 640);
    const before = 'Hi Sam,\n\nAs discussed on the call, the deploy job needs the staging credentials. ';
    const middle = ` and the secret access key is ${secret}. For the bastion host use this key:\n\n`;
    const after = '\n\nPlease rotate all of these after the migration on Friday. Thanks, Alex';
    const text = `${before}The access key id is ${keyId}${middle}${pem}${after}`;

    const [out] = layer.scoreBatch([doc(text)]);
    assert.ok(out);
    assert.ok(out.score >= BLOCK, `score ${out.score}`);
    assert.deepEqual(
      out.findings.map((f) => [f.category, text.slice(f.start, f.end)]),
      [['aws_access_key', keyId], ['aws_secret_key', secret], ['private_key', pem]],
    );
    for (const f of out.findings) {
      assert.equal(f.layer, 'credential');
      assert.equal(f.encoding, '');
      assert.equal(f.replacement, `[REDACTED:${f.category}]`);
      assert.ok(f.description.length > 0);
    }
    assert.equal(
      redact(text, out.findings),
      `${before}The access key id is [REDACTED:aws_access_key] and the secret access key is ` +
        `[REDACTED:aws_secret_key]. For the bastion host use this key:\n\n[REDACTED:private_key]${after}`,
    );
  });

  it('scores 0 with no findings, and by the worst severity otherwise', () => {
    assert.deepEqual(layer.scoreText('Nothing to see here: just a status update.'), { score: 0, findings: [] });
    const testKey = layer.scoreText(`stripe test key sk_test_${fake(BASE62, 24)}`);
    assert.equal(testKey.findings[0]?.severity, 'medium');
    assert.ok(testKey.score >= WARN && testKey.score < BLOCK);
    const both = layer.scoreText(`sk_test_${fake(BASE62, 24)} and ghp_${fake(BASE62, 36)}`);
    assert.deepEqual(both.findings.map((f) => f.severity), ['medium', 'critical']);
    assert.equal(both.score, 0.95);
  });

  it('returns one output per document, in order', () => {
    const texts = ['plain text', `npm_${fake(BASE62, 36)}`, '', `token ghp_${fake(BASE62, 36)}`];
    const outs = layer.scoreBatch(texts.map(doc));
    assert.deepEqual(outs.map((o) => o.findings.map((f) => f.category)), [[], ['npm_token'], [], ['github_token']]);
  });

  it('works without load() having been called', () => {
    const fresh = new CredentialLayer();
    assert.equal(fresh.scoreText(`npm_${fake(BASE62, 36)}`).findings.length, 1);
  });

  it('reports every occurrence of a repeated secret, and PEM blocks with CRLF line ends', () => {
    const token = `npm_${fake(BASE62, 36)}`;
    const pem = fakePem('EC PRIVATE KEY', 200).replaceAll('\n', '\r\n');
    const text = `${token}\r\n${pem}\r\nagain: ${token}`;
    assert.deepEqual(layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]),
      [['npm_token', token], ['private_key', pem], ['npm_token', token]]);
  });

  it('reports UTF-16 offsets past astral characters', () => {
    const token = `ghp_${fake(BASE62, 36)}`;
    const text = `🔑🔐 voilà — ${token} ✅`;
    const [f] = layer.scoreText(text).findings;
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), token);
    assert.equal(redact(text, [f]), '🔑🔐 voilà — [REDACTED:github_token] ✅');
  });

  describe('overlapping hits keep the most specific or longest', () => {
    it('a PEM key inside a service-account JSON reports the JSON once', () => {
      const json = JSON.stringify({ type: 'service_account', private_key: fakePem('PRIVATE KEY', 400) });
      assert.deepEqual(layer.scoreText(json).findings.map((f) => [f.category, f.start, f.end]),
        [['gcp_service_account', 0, json.length]]);
    });

    it('an Azure connection string wins over the generic assignment inside it', () => {
      const conn = `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${fake(BASE64, 43)}=`;
      const text = `export BUS="${conn}"`;
      assert.deepEqual(layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]),
        [['azure_service_bus_connection_string', conn]]);
    });

    it('a provider token assigned to token: is labelled by its provider', () => {
      const token = `ghp_${fake(BASE62, 36)}`;
      const text = `token: ${token}`;
      assert.deepEqual(layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]),
        [['github_token', token]]);
    });

    it('a provider key wins even when the generic value runs longer', () => {
      const key = `AIza${fake(BASE62, 35)}`;
      const text = `api_key=${key}/v2x9`;
      assert.deepEqual(layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]),
        [['google_api_key', key]]);
    });

    it('a JWT in an Authorization header is reported as a JWT', () => {
      const jwt = fakeJwt();
      const text = `curl -H 'Authorization: Bearer ${jwt}' https://api.acme.dev`;
      assert.deepEqual(layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]),
        [['jwt', jwt]]);
    });

    it('a database URL in a password-named variable is reported once', () => {
      const password = fake(BASE62, 20);
      const text = `DB_PASSWORD_URL=postgres://svc:${password}@db/app`;
      assert.deepEqual(layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]),
        [['database_url', password]]);
    });
  });
});
