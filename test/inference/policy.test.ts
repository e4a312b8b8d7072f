// Policy: score combination, thresholds, and the wording of reason and action.
import assert from 'node:assert/strict';
import { classifierCounts, combineScores, decide, LEARNED_AGREEMENT, SEMANTIC_AGREEMENT } from '../../inference/policy.js';
import type { Finding, LayerScores } from '../../inference/scan-types.js';

const scores = (s: Partial<LayerScores>): LayerScores => ({ heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0, ...s });
const thresholds = { warn: 0.4, block: 0.7 };
const finding = (f: Partial<Finding>): Finding => ({
  category: 'instruction_override', severity: 'high', description: 'Instruction override', start: 0, end: 10,
  layer: 'heuristic', score: 0.9, encoding: '', ...f,
});

describe('policy', () => {
  it('takes the strongest layer, and agreement raises the score without two weak layers adding up to a block', () => {
    assert.equal(combineScores(scores({})), 0);
    assert.equal(combineScores(scores({ heuristic: 0.8 })), 0.8);
    assert.ok(combineScores(scores({ heuristic: 0.8, ml_confidence: 0.8 })) > 0.8);
    assert.ok(combineScores(scores({ heuristic: 0.3, semantic: 0.3 })) < thresholds.warn);
    assert.ok(combineScores(scores({ heuristic: 1, semantic: 1, ml_confidence: 1, credential: 1, llm: 1 })) <= 1);
  });

  it('lets the classifier WARN and BLOCK from its own points, but not lift two unremarkable layers', () => {
    assert.equal(decide('content', scores({ ml_confidence: 0.45 }), [], thresholds).decision, 'WARN');
    assert.equal(decide('content', scores({ ml_confidence: 0.7 }), [], thresholds).decision, 'BLOCK');
    // Below its WARN point it adds agreement only to a layer that already WARNs.
    assert.equal(classifierCounts(scores({ ml_confidence: 0.39, semantic: 0.39 })), false);
    assert.equal(combineScores(scores({ ml_confidence: 0.39, semantic: 0.39 })), 0.39);
    assert.ok(combineScores(scores({ ml_confidence: 0.39, semantic: 0.45 })) > 0.45);
  });

  it('BLOCKs when both learned layers find the text suspicious, the classifier a third into its WARN band', () => {
    assert.equal(decide('content', scores({ ml_confidence: LEARNED_AGREEMENT, semantic: 0.4 }), [], thresholds).decision, 'BLOCK');
    assert.equal(decide('content', scores({ ml_confidence: LEARNED_AGREEMENT, semantic: SEMANTIC_AGREEMENT }), [], thresholds).decision, 'BLOCK');
    assert.equal(decide('content', scores({ ml_confidence: LEARNED_AGREEMENT - 0.01, semantic: 0.45 }), [], thresholds).decision, 'WARN');
    assert.equal(decide('content', scores({ ml_confidence: 0.54, semantic: SEMANTIC_AGREEMENT - 0.01 }), [], thresholds).decision, 'WARN');
    // A judge that was asked and found the text benign overrules the agreement.
    assert.equal(decide('content', scores({ ml_confidence: 0.5, semantic: 0.4, llm: 0.1 }), [], thresholds).decision, 'WARN');
    assert.equal(decide('content', scores({ ml_confidence: 0.5, semantic: 0.4, llm: 0.6 }), [], thresholds).decision, 'BLOCK');
    // The agreement reaches the calibrated BLOCK point (0.7); an operator's higher bar still holds.
    assert.equal(decide('content', scores({ ml_confidence: 0.5, semantic: 0.4 }), [], { warn: 0.4, block: 0.8 }).decision, 'WARN');
  });

  it('maps the score onto ALLOW, WARN and BLOCK at the configured thresholds', () => {
    assert.equal(decide('content', scores({ heuristic: 0.39 }), [], thresholds).decision, 'ALLOW');
    assert.equal(decide('content', scores({ heuristic: 0.4 }), [], thresholds).decision, 'WARN');
    assert.equal(decide('content', scores({ heuristic: 0.7 }), [], thresholds).decision, 'BLOCK');
    assert.equal(decide('content', scores({ heuristic: 0.7 }), [], { warn: 0.8, block: 0.9 }).decision, 'ALLOW');
  });

  it('names the strongest finding, its encoding and its span in the reason', () => {
    const verdict = decide('content', scores({ heuristic: 0.9 }), [
      finding({ description: 'Role injection', score: 0.5, start: 3, end: 9 }),
      finding({ description: 'Instruction override in base64-decoded text', score: 0.95, start: 1840, end: 1912, encoding: 'base64' }),
    ], thresholds);
    assert.equal(verdict.reason, 'Instruction override in base64-decoded text at 1840–1912 (+1 more)');
    assert.match(verdict.recommendedAction, /Do not pass this content/);
  });

  it('speaks about credentials in output mode', () => {
    const verdict = decide('output', scores({ credential: 0.95 }), [
      finding({ category: 'aws_access_key', description: 'AWS access key id', layer: 'credential', start: 5, end: 25 }),
    ], thresholds);
    assert.equal(verdict.decision, 'BLOCK');
    assert.equal(verdict.reason, 'AWS access key id at 5–25');
    assert.match(verdict.recommendedAction, /sanitized_text/);
    assert.equal(decide('output', scores({}), [], thresholds).reason, 'No credentials found.');
  });
});
