// Every secret rule against a realistic positive (exact span) and near-miss negatives.
// Values are fabricated at run time; see fabricate.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { CredentialLayer } from '../../inference/layers/credentials/credential-layer.js';
import { SECRET_RULES } from '../../inference/layers/credentials/rules.js';
import { SecretScanner } from '../../inference/layers/credentials/secret-scanner.js';
import { negativeCases, positiveCases } from './rule-cases.js';

const layer = new CredentialLayer();
await layer.load();
const found = (text: string): Array<[string, string]> =>
  layer.scoreText(text).findings.map((f) => [f.category, text.slice(f.start, f.end)]);

describe('credential rules', () => {
  const positives = positiveCases();
  const negatives = negativeCases();

  describe('positives: each secret is found with its exact span', () => {
    for (const c of positives) {
      it(`${c.rule}: ${c.label}`, () => {
        assert.deepEqual(found(c.text), c.expected);
      });
    }
  });

  describe('near misses: nothing fires', () => {
    for (const c of negatives) {
      it(`${c.rule}: ${c.label}`, () => {
        assert.deepEqual(found(c.text), []);
      });
    }
  });

  it('every rule record is exercised by at least one positive', () => {
    const scanner = new SecretScanner(SECRET_RULES);
    const hitRules = new Set(positives.flatMap((c) => scanner.scan(c.text).map((h) => h.rule)));
    const missing = SECRET_RULES.filter((r) => !hitRules.has(r)).map((r) => `${r.id} (${r.regex.source.slice(0, 40)}…)`);
    assert.deepEqual(missing, []);
  });

  it('every rule id has at least one near-miss negative', () => {
    const covered = new Set(negatives.map((c) => c.rule));
    assert.deepEqual([...new Set(SECRET_RULES.map((r) => r.id))].filter((id) => !covered.has(id)), []);
  });

  it('every rule compiles with g and d flags and prefilter keywords in lower case', () => {
    for (const rule of SECRET_RULES) {
      assert.ok(rule.regex.global && rule.regex.hasIndices, rule.id);
      for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), `${rule.id}: ${k}`);
      assert.ok(rule.keywords.length > 0 || rule.near !== undefined, rule.id);
    }
  });
});
