// Catastrophic-backtracking guard: every rule meets 1 MiB of adversarial near-matches and finishes.
// The bound is mocha's timeout; no timing assertion, perf.ts reports the figures.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { CredentialLayer } from '../../inference/layers/credentials/credential-layer.js';
import { SECRET_RULES } from '../../inference/layers/credentials/rules.js';
import { SecretScanner } from '../../inference/layers/credentials/secret-scanner.js';
import { CRAFTED, MIB, adversarialInputs } from './adversarial.js';

describe('credential rules: adversarial 1 MiB inputs finish', () => {
  SECRET_RULES.forEach((rule, index) => {
    it(`${rule.id} #${index}`, () => {
      const anchors = rule.near ? SECRET_RULES.filter((r) => r.id === rule.near!.rule && !r.near) : [];
      const scanner = new SecretScanner([...anchors, rule]);
      for (const [label, text] of adversarialInputs(rule)) {
        assert.ok(text.length >= MIB - 1, label);
        assert.ok(Array.isArray(scanner.scan(text)), label);
      }
    });
  });

  it('the whole layer over every crafted input', () => {
    const layer = new CredentialLayer();
    for (const inputs of Object.values(CRAFTED)) {
      for (const [, text] of inputs) assert.ok(layer.scoreText(text).score >= 0);
    }
  });
});
