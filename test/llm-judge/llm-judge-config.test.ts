/// <reference types="mocha" />
// The judge's settings from the environment and the reading of its answers.
import assert from 'node:assert/strict';
import { loadLlmJudgeConfig } from '../../inference/layers/llm-judge/llm-judge-config.js';
import { parseJudgeResponse, verdictScore } from '../../inference/layers/llm-judge/judge-verdict.js';

const answer = (content: unknown) => ({ choices: [{ message: { role: 'assistant', content } }] });

describe('llm judge configuration and verdicts', () => {
  it('is off without LLM_BASE_URL and reads its settings otherwise', () => {
    assert.equal(loadLlmJudgeConfig({}), undefined);
    assert.equal(loadLlmJudgeConfig({ LLM_BASE_URL: ' ' }), undefined);
    const config = loadLlmJudgeConfig({ LLM_BASE_URL: 'https://llm.example/v1/', LLM_MODEL: 'm', LLM_API_KEY: 'k', LLM_TIMEOUT_MS: '800' })!;
    assert.equal(config.endpoint, 'https://llm.example/v1/chat/completions');
    assert.equal(config.model, 'm');
    assert.equal(config.apiKey, 'k');
    assert.equal(config.timeoutMs, 800);
    assert.deepEqual(config.band, { belowWarn: 0.15, aboveBlock: 0.1 });
    assert.equal(loadLlmJudgeConfig({ LLM_BASE_URL: 'http://h:1/x/chat/completions' })!.endpoint, 'http://h:1/x/chat/completions');
    assert.equal(loadLlmJudgeConfig({ LLM_BASE_URL: 'http://h:1' })!.timeoutMs, 1500);
  });

  it('names every bad value', () => {
    assert.throws(() => loadLlmJudgeConfig({ LLM_BASE_URL: 'not a url' }), /LLM_BASE_URL/);
    assert.throws(() => loadLlmJudgeConfig({ LLM_BASE_URL: 'http://h', LLM_TIMEOUT_MS: 'soon', LLM_CONCURRENCY: '0' }), /LLM_TIMEOUT_MS[\s\S]*LLM_CONCURRENCY/);
  });

  it('reads a verdict from bare JSON or JSON wrapped in prose, and nothing else', () => {
    assert.deepEqual(parseJudgeResponse(answer('{"injection": true, "confidence": 0.8, "reason": "override"}')), { injection: true, confidence: 0.8, reason: 'override' });
    assert.equal(parseJudgeResponse(answer('Sure!\n```json\n{"injection": false, "confidence": 1}\n```'))!.injection, false);
    for (const bad of ['no json here', '{"injection": "yes", "confidence": 0.9}', '{"injection": true, "confidence": 7}', '{"injection": true}', '{broken']) {
      assert.equal(parseJudgeResponse(answer(bad)), undefined, bad);
    }
    assert.equal(parseJudgeResponse(answer(null)), undefined);
    assert.equal(parseJudgeResponse({}), undefined);
    assert.equal(parseJudgeResponse(null), undefined);
    assert.equal(parseJudgeResponse(answer('{"injection": true, "confidence": 0.9, "reason": "a\\u0000b\\nc"}'))!.reason, 'a b c');
  });

  it('scores a "yes" by its confidence and a "no" as 0, whatever its confidence', () => {
    assert.equal(verdictScore({ injection: true, confidence: 0.9, reason: '' }), 0.9);
    assert.equal(verdictScore({ injection: true, confidence: 0.3, reason: '' }), 0.3);
    for (const confidence of [0, 0.05, 0.1, 0.5, 0.9, 1]) assert.equal(verdictScore({ injection: false, confidence, reason: '' }), 0, `no at ${confidence}`);
  });
});
