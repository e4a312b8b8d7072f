/// <reference types="mocha" />
// The log redactor: secrets by field name, and credentials that appear inside free text.
import assert from 'node:assert/strict';
import { maskAccountNumber, redact, redactText } from '../../api/logging/redact.js';

describe('api log redaction', () => {
  it('masks secret-named fields, keeping a short prefix for correlation', () => {
    const out = redact({ access_token: 'eyJhbGciOiJIUzI1NiJ9.payload.signature', refresh_token: 'abcdefghijklmnop', nested: { apiKey: 'sk_live_1234567890' }, user: 'bob' }) as Record<string, unknown>;
    assert.equal(out.access_token, 'eyJh…(38)');
    assert.equal(out.refresh_token, 'abcd…(16)');
    assert.deepEqual(out.nested, { apiKey: 'sk_l…(18)' });
    assert.equal(out.user, 'bob');
  });

  it('masks account numbers to their last four digits', () => {
    assert.equal(maskAccountNumber('1234-5678-9012-3456'), '****-****-****-3456');
    assert.equal((redact({ account_number: '1234567890123456' }) as Record<string, unknown>).account_number, '****-****-****-3456');
    assert.equal(redactText('login 1234 5678 9012 3456? no: 1234-5678-9012-3456'), 'login 1234 5678 9012 3456? no: ****-****-****-3456');
  });

  it('scrubs bearer tokens and JWTs inside messages', () => {
    const text = redactText('header Authorization: Bearer sk_live_abcdefghijklmnop and eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig');
    assert.ok(!text.includes('abcdefghijklmnop'));
    assert.ok(!text.includes('eyJzdWIiOiIxIn0'));
  });
});
