// Component schemas and shared responses of the OpenAPI document: the REST shapes of DESIGN.md
// (scan result, account, usage, sessions, errors). Money fields are strings of micro-USDC.
import type { JsonSchema, ResponseObject } from './openapi-types.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const money = (description: string): JsonSchema => ({ type: 'string', pattern: '^\\d+$', description, example: '1000' });
const usdc = (description: string): JsonSchema => ({ type: 'string', pattern: '^-?\\d+\\.\\d{6}$', description, example: '0.001000' });
const decisionCounts: JsonSchema = {
  type: 'object',
  properties: { ALLOW: { type: 'integer' }, WARN: { type: 'integer' }, BLOCK: { type: 'integer' } },
};
const aggregate: Record<string, JsonSchema> = {
  requests: { type: 'integer' },
  decisions: decisionCounts,
  avg_latency_ms: { type: 'integer' },
  cost_micro_usdc: money('Cost in micro-USDC'),
  cost_usdc: usdc('Cost in USDC'),
};

export const schemas: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    required: ['error', 'request_id'],
    properties: { error: { type: 'string' }, code: { type: 'string' }, request_id: { type: 'string' } },
  },
  ScanContentRequest: {
    type: 'object',
    required: ['text'],
    properties: {
      text: { type: 'string', minLength: 1, description: 'At most 500 KiB of UTF-8' },
      source_url: { type: 'string', maxLength: 2048 },
      source_type: { type: 'string', maxLength: 64, description: 'Free label, e.g. "web", "email", "tool"' },
      content_type: { type: 'string', enum: ['auto', 'text', 'html', 'markdown', 'json', 'code'] },
    },
  },
  ScanOutputRequest: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
  ScanMultiturnRequest: {
    type: 'object',
    required: ['turns'],
    properties: {
      session_id: { type: 'string', minLength: 1, maxLength: 128, description: "The caller's conversation id, echoed back" },
      turns: {
        type: 'array',
        minItems: 1,
        maxItems: 64,
        description: 'Oldest first. The last turn is the text scanned (non-empty); earlier ones are its context. At most 500 KiB of UTF-8 in all.',
        items: {
          type: 'object',
          required: ['role', 'content'],
          properties: { role: { type: 'string', enum: ['user', 'assistant', 'system', 'tool'] }, content: { type: 'string' } },
        },
      },
    },
  },
  Threat: {
    type: 'object',
    required: ['category', 'severity', 'description', 'start', 'end'],
    properties: {
      category: { type: 'string', example: 'instruction_override' },
      severity: { type: 'string', enum: ['low', 'medium', 'high', 'critical'] },
      description: { type: 'string' },
      start: { type: 'integer', description: 'UTF-16 offset, inclusive' },
      end: { type: 'integer', description: 'UTF-16 offset, exclusive' },
      layer: { type: 'string' },
      score: { type: 'number' },
      encoding: { type: 'string' },
    },
  },
  ScanResult: {
    type: 'object',
    required: ['decision', 'score', 'scores', 'reason', 'threats_found', 'recommended_action', 'latency_ms', 'request_id'],
    properties: {
      decision: { type: 'string', enum: ['ALLOW', 'WARN', 'BLOCK'] },
      score: { type: 'number', minimum: 0, maximum: 1 },
      scores: {
        type: 'object',
        properties: {
          heuristic: { type: 'number' },
          ml_confidence: { type: 'number' },
          semantic: { type: 'number' },
          llm: { type: 'number', description: 'Present only when the LLM judge was consulted' },
          credential: { type: 'number' },
        },
      },
      reason: { type: 'string' },
      threats_found: { type: 'array', items: ref('Threat') },
      recommended_action: { type: 'string' },
      sanitized_text: { type: 'string', description: 'Present when it differs from the submitted text' },
      latency_ms: { type: 'number' },
      inference_latency_ms: { type: 'number' },
      model_version: { type: 'string' },
      session_id: { type: 'string', description: 'Echoed from a multiturn request' },
      request_id: { type: 'string' },
    },
  },
  Session: {
    type: 'object',
    required: ['account_id', 'access_token', 'expires_at'],
    properties: {
      account_id: { type: 'string', format: 'uuid' },
      access_token: { type: 'string', description: 'JWT for `Authorization: Bearer`' },
      token_type: { type: 'string', enum: ['Bearer'] },
      expires_at: { type: 'string', format: 'date-time' },
      expires_in: { type: 'integer' },
      csrf_token: { type: 'string', description: 'Also set as the stronghold_csrf cookie; echo in X-CSRF-Token' },
    },
  },
  NewAccount: {
    type: 'object',
    required: ['account_number', 'recovery_text', 'account_id', 'access_token', 'expires_at'],
    properties: {
      account_number: { type: 'string', pattern: '^\\d{4}-\\d{4}-\\d{4}-\\d{4}$', description: 'Shown once' },
      recovery_text: { type: 'string' },
      created_at: { type: 'string', format: 'date-time' },
      account_id: { type: 'string', format: 'uuid' },
      access_token: { type: 'string' },
      token_type: { type: 'string', enum: ['Bearer'] },
      expires_at: { type: 'string', format: 'date-time' },
      expires_in: { type: 'integer' },
      csrf_token: { type: 'string' },
    },
  },
  Me: {
    type: 'object',
    properties: {
      account_id: { type: 'string' },
      account_number: { type: 'string', description: 'Masked: ****-****-****-1234' },
      status: { type: 'string', enum: ['active', 'suspended', 'closed'] },
      created_at: { type: 'string', format: 'date-time' },
      authenticated_via: { type: 'string', enum: ['cookie', 'bearer'] },
      session_id: { type: 'string' },
    },
  },
  Account: {
    type: 'object',
    required: ['account_number', 'status', 'balance_usdc', 'created_at'],
    properties: {
      account_id: { type: 'string' },
      account_number: { type: 'string', description: 'Masked: ****-****-****-1234' },
      status: { type: 'string', enum: ['active', 'suspended', 'closed'] },
      balance_micro_usdc: money('Balance in micro-USDC'),
      balance_usdc: usdc('Balance in USDC'),
      created_at: { type: 'string', format: 'date-time' },
      updated_at: { type: 'string', format: 'date-time' },
      last_login_at: { type: ['string', 'null'], format: 'date-time' },
    },
  },
  UsageItem: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      endpoint: { type: 'string' },
      decision: { type: ['string', 'null'], enum: ['ALLOW', 'WARN', 'BLOCK', null] },
      threat_category: { type: ['string', 'null'] },
      request_bytes: { type: 'integer' },
      response_bytes: { type: 'integer' },
      latency_ms: { type: 'integer' },
      cost_micro_usdc: money('Cost in micro-USDC'),
      cost_usdc: usdc('Cost in USDC'),
      payment_id: { type: ['string', 'null'] },
      request_id: { type: ['string', 'null'] },
      created_at: { type: 'string', format: 'date-time' },
    },
  },
  UsagePage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: ref('UsageItem') },
      limit: { type: 'integer' },
      next_cursor: { type: ['string', 'null'], description: 'Pass as ?cursor= for the next page' },
    },
  },
  UsageStats: {
    type: 'object',
    properties: {
      days: { type: 'integer' },
      since: { type: 'string', format: 'date-time' },
      until: { type: 'string', format: 'date-time' },
      totals: { type: 'object', properties: aggregate },
      daily: { type: 'array', items: { type: 'object', properties: { date: { type: 'string', format: 'date' }, ...aggregate } } },
      endpoints: { type: 'array', items: { type: 'object', properties: { endpoint: { type: 'string' }, ...aggregate } } },
      threat_categories: { type: 'array', items: { type: 'object', properties: { category: { type: 'string' }, count: { type: 'integer' } } } },
    },
  },
  Pricing: {
    type: 'object',
    properties: {
      currency: { type: 'string' },
      unit: { type: 'string' },
      payments_enabled: { type: 'boolean' },
      network: { type: 'string' },
      routes: {
        type: 'array',
        items: {
          type: 'object',
          properties: { method: { type: 'string' }, path: { type: 'string' }, price_micro_usdc: money('Price'), price_usd: { type: 'string' }, description: { type: 'string' } },
        },
      },
    },
  },
};

const errorContent = { 'application/json': { schema: ref('Error') } };
export const responses: Record<string, ResponseObject> = {
  BadRequest: { description: 'Invalid request (malformed JSON, missing or invalid field)', content: errorContent },
  Unauthorized: { description: 'Missing, invalid or expired credentials', content: errorContent },
  Forbidden: { description: 'CSRF token missing or wrong for a cookie-authenticated write', content: errorContent },
  TooLarge: { description: 'Body or text too large', content: errorContent },
  RateLimited: {
    description: 'Rate limit reached',
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
    content: errorContent,
  },
  Unavailable: { description: 'Inference service unavailable, overloaded or too slow', content: errorContent },
  BadGateway: { description: 'The inference service failed on this request (inference_error)', content: errorContent },
};
