// Wire conversion: every field of a result reaches the protobuf response and survives encoding.
import assert from 'node:assert/strict';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Decision, ScanRequestSchema, ScanResponseSchema, ScanMode, Severity } from '../../gen/stronghold/v1/scan_pb.js';
import { requestToJob, resultToResponse } from '../../inference/convert.js';
import { ScanError } from '../../inference/scan-error.js';

describe('convert', () => {
  it('carries every result field, including each layer score, through binary encoding', () => {
    const response = resultToResponse('id-7', {
      decision: 'WARN', score: 0.5,
      scores: { heuristic: 0.25, ml_confidence: 0.5, semantic: 0.75, llm: 0.125, credential: 0.0625 },
      reason: 'r', recommendedAction: 'a', sanitizedText: 's', modelVersion: 'v',
      findings: [{ category: 'c', severity: 'critical', description: 'd', start: 1, end: 4, layer: 'heuristic', score: 0.5, encoding: 'base64' }],
    }, 1.5);
    const decoded = fromBinary(ScanResponseSchema, toBinary(ScanResponseSchema, response));
    assert.equal(decoded.id, 'id-7');
    assert.equal(decoded.decision, Decision.WARN);
    assert.deepEqual(
      [decoded.scores?.heuristic, decoded.scores?.mlConfidence, decoded.scores?.semantic, decoded.scores?.llm, decoded.scores?.credential],
      [0.25, 0.5, 0.75, 0.125, 0.0625],
    );
    assert.deepEqual([decoded.threats[0]?.severity, decoded.threats[0]?.start, decoded.threats[0]?.end, decoded.threats[0]?.encoding], [Severity.CRITICAL, 1, 4, 'base64']);
    assert.deepEqual([decoded.reason, decoded.recommendedAction, decoded.sanitizedText, decoded.modelVersion, decoded.latencyMs], ['r', 'a', 's', 'v', 1.5]);
    const noJudge = resultToResponse('x', { decision: 'ALLOW', score: 0, scores: { heuristic: 0, ml_confidence: 0, semantic: 0, credential: 0 }, reason: '', recommendedAction: '', sanitizedText: '', modelVersion: '', findings: [] }, 0);
    assert.equal(fromBinary(ScanResponseSchema, toBinary(ScanResponseSchema, noJudge)).scores?.llm, undefined);
  });

  it('validates requests: empty, oversized (in UTF-8 bytes), modes and content types', () => {
    const limits = { maxTextBytes: 10 };
    const job = (init: Parameters<typeof create<typeof ScanRequestSchema>>[1]) => requestToJob(create(ScanRequestSchema, init), limits);
    assert.deepEqual(job({ text: 'hi', mode: ScanMode.OUTPUT }), { text: 'hi', mode: 'output', contentType: 'auto' });
    assert.equal(job({ text: 'hi' }).mode, 'content');
    const invalid = (e: unknown) => e instanceof ScanError && e.code === 'invalid_argument';
    assert.throws(() => job({ text: '' }), invalid);
    assert.throws(() => job({ text: 'ééééé€' }), invalid); // 6 characters, 13 bytes
    assert.throws(() => job({ text: 'ok', mode: 9 as ScanMode }), invalid);
    assert.throws(() => job({ text: 'ok', turns: [{ role: 'user', text: 'x'.repeat(20) }] }), invalid);
  });
});
