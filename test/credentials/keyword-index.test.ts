// The keyword prefilter: case-insensitive, exact after a trigram hit, and blind to look-alike bytes
// (UTF-16 units whose low byte matches a keyword letter after the latin1 narrowing).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { KeywordIndex } from '../../inference/layers/credentials/keyword-index.js';
import { SecretScanner } from '../../inference/layers/credentials/secret-scanner.js';

const KEYWORDS = ['akia', 'xoxb-', 'xoxp-', 'hf_', 'password', '-----begin'];

function present(text: string): string[] {
  const index = new KeywordIndex(KEYWORDS);
  const found = new Uint8Array(index.size);
  const count = index.scan(text, found);
  const names = KEYWORDS.filter((_, k) => found[k] === 1);
  assert.equal(count, names.length);
  return names;
}

describe('KeywordIndex', () => {
  it('finds keywords case-insensitively, at the very start and the very end', () => {
    assert.deepEqual(present('AKIA then Password'), ['akia', 'password']);
    assert.deepEqual(present('x -----BEGIN'), ['-----begin']);
    assert.deepEqual(present('hf_'), ['hf_']);
  });

  it('tells apart keywords sharing a trigram', () => {
    assert.deepEqual(present('token xoxp-1 only'), ['xoxp-']);
    assert.deepEqual(present('XOXB-XOXP-'), ['xoxb-', 'xoxp-']);
  });

  it('finds nothing in short, empty or unrelated text', () => {
    assert.deepEqual(present(''), []);
    assert.deepEqual(present('hf'), []);
    assert.deepEqual(present('the passwor d is akI-A'), []);
  });

  it('ignores non-ASCII units whose low byte spells a keyword', () => {
    // U+0161 U+016B U+0169 U+0161 narrow to 'a' 'k' 'i' 'a' in latin1.
    const lookalike = String.fromCharCode(0x161, 0x16b, 0x169, 0x161);
    assert.deepEqual(present(`x ${lookalike} y ${lookalike.toUpperCase()}`), []);
    assert.deepEqual(present(`ünïcödé ${lookalike} akia`), ['akia']);
  });

  it('rejects keywords it cannot index', () => {
    assert.throws(() => new KeywordIndex(['ab']), /at least 3/);
    assert.throws(() => new KeywordIndex(['AKIA']), /lower-case/);
  });
});

describe('SecretScanner rule checks', () => {
  const base = { id: 'x', description: 'x', severity: 'high' as const };

  it('refuses rules without the g and d flags, without gating, or with a missing anchor', () => {
    assert.throws(() => new SecretScanner([{ ...base, regex: /abc/g, keywords: ['abc'] }]), /g and d/);
    assert.throws(() => new SecretScanner([{ ...base, regex: /abc/dg, keywords: [] }]), /keywords or a near/);
    assert.throws(
      () => new SecretScanner([{ ...base, regex: /abc/dg, keywords: [], near: { rule: 'nope', within: 10 } }]),
      /near anchor/,
    );
  });
});
