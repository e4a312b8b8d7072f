// Score calibration: the learned layers' raw thresholds land on the policy's WARN and BLOCK levels,
// and the map is monotone and clamped, so ranking by raw score and by policy score agree.
import assert from 'node:assert/strict';
import { calibrate, POLICY_BLOCK, POLICY_WARN, thresholdKnots, WARN_BAND_TOP } from '../../inference/models/score-calibration.js';
import { combineScores, SEMANTIC_AGREEMENT } from '../../inference/policy.js';
import { loadManifest } from '../../inference/models/model-manifest.js';

describe('score calibration', () => {
  it('maps the raw warn and block thresholds onto the policy levels', () => {
    const knots = thresholdKnots(0, 0.2, 0.9, 1);
    assert.equal(calibrate(0.2, knots), POLICY_WARN);
    assert.equal(calibrate(0.9, knots), POLICY_BLOCK);
    assert.equal(calibrate(-5, knots), 0);
    assert.equal(calibrate(5, knots), 1);
    assert.ok(Math.abs(calibrate(0.1, knots) - 0.2) < 1e-12);
  });

  it('keeps a learned layer between its warn and block points inside the WARN band', () => {
    const knots = thresholdKnots(0, 0.2, 0.9, 1);
    for (let x = 0.2; x < 0.9 - 1e-6; x += 0.01) {
      const y = calibrate(x, knots);
      assert.ok(y >= POLICY_WARN && y <= WARN_BAND_TOP, `${y} at ${x}`);
    }
    // The classifier at the top of its band with the semantic layer below its agreement point, or the
    // semantic layer at the top of its band with the classifier below its WARN point, stays below BLOCK;
    // both inside their bands reach it together (policy.ts, learnedLayersAgree, since models 6.0).
    assert.ok(combineScores({ heuristic: 0, ml_confidence: WARN_BAND_TOP, semantic: SEMANTIC_AGREEMENT - 0.01, credential: 0 }) < POLICY_BLOCK);
    assert.ok(combineScores({ heuristic: 0, ml_confidence: POLICY_WARN - 0.01, semantic: WARN_BAND_TOP, credential: 0 }) < POLICY_BLOCK);
    assert.equal(combineScores({ heuristic: 0, ml_confidence: WARN_BAND_TOP, semantic: WARN_BAND_TOP, credential: 0 }), POLICY_BLOCK);
  });

  it('is monotone even when validation put both thresholds together', () => {
    const knots = thresholdKnots(-2, 0.3, 0.3, 2);
    let prev = -1;
    for (let x = -3; x <= 3; x += 0.01) {
      const y = calibrate(x, knots);
      assert.ok(y >= prev, `not monotone at ${x}`);
      prev = y;
    }
  });

  it('the committed manifest maps its own thresholds onto WARN and BLOCK', () => {
    const m = loadManifest();
    for (const layer of ['classifier', 'semantic'] as const) {
      assert.ok(Math.abs(calibrate(m.thresholds[layer].warn, m.calibration[layer]) - POLICY_WARN) < 1e-6, layer);
      assert.ok(Math.abs(calibrate(m.thresholds[layer].block, m.calibration[layer]) - POLICY_BLOCK) < 1e-6, layer);
      assert.ok(calibrate(1e6, m.calibration[layer]) <= 1, layer);
    }
  });
});
