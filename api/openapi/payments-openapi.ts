// OpenAPI pieces of the payments layer: the API-key routes, their schemas, and the 402 answer of
// paid routes (x402 v2 PAYMENT-REQUIRED header, or no credit for an API key).
import type { JsonSchema, PathItem, ResponseObject } from './openapi-types.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const session: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
const error = { 'application/json': { schema: ref('Error') } };
const r = (name: string) => ({ $ref: `#/components/responses/${name}` });

const apiKeyFields: Record<string, JsonSchema> = {
  id: { type: 'string', format: 'uuid' },
  key_prefix: { type: 'string', example: 'sk_live_Ab12Cd' },
  label: { type: ['string', 'null'] },
  created_at: { type: 'string', format: 'date-time' },
  last_used_at: { type: ['string', 'null'], format: 'date-time' },
};

export const paymentsSchemas: Record<string, JsonSchema> = {
  ApiKey: { type: 'object', required: ['id', 'key_prefix', 'created_at'], properties: apiKeyFields },
  NewApiKey: {
    type: 'object',
    required: ['id', 'key', 'key_prefix', 'created_at'],
    properties: { ...apiKeyFields, key: { type: 'string', description: 'The secret (sk_live_…), shown this once only' } },
  },
  ApiKeyList: { type: 'object', properties: { api_keys: { type: 'array', items: ref('ApiKey') }, max_active: { type: 'integer' } } },
};

export const paymentsResponses: Record<string, ResponseObject> = {
  PaymentRequired: {
    description:
      'Payment required, or the payment was refused (code says why: amount_mismatch, payee_mismatch, network_mismatch, authorization_expired, invalid_signature, insufficient_credit, …)',
    headers: { 'PAYMENT-REQUIRED': { description: 'x402 v2 PaymentRequired, base64 JSON (accepted requirements)', schema: { type: 'string' } } },
    content: error,
  },
  PaymentConflict: { description: 'The same payment is in use by another request (payment_in_progress)', content: error },
};

export const paymentsPaths: Record<string, PathItem> = {
  '/v1/api-keys': {
    post: {
      operationId: 'createApiKey',
      summary: 'Create an API key for credit-paid scans (at most 10 active); the key is returned once',
      tags: ['api-keys'],
      security: session,
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { label: { type: 'string', maxLength: 100 } } } } } },
      responses: {
        '201': { description: 'Created', content: { 'application/json': { schema: ref('NewApiKey') } } },
        '400': r('BadRequest'),
        '401': r('Unauthorized'),
        '409': { description: 'Ten active keys already (api_key_limit)', content: error },
      },
    },
    get: {
      operationId: 'listApiKeys',
      summary: 'Active API keys (prefix, label, created, last used)',
      tags: ['api-keys'],
      security: session,
      responses: { '200': { description: 'Keys', content: { 'application/json': { schema: ref('ApiKeyList') } } }, '401': r('Unauthorized') },
    },
  },
  '/v1/api-keys/{id}': {
    delete: {
      operationId: 'revokeApiKey',
      summary: 'Revoke an API key',
      tags: ['api-keys'],
      security: session,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { '204': { description: 'Revoked' }, '401': r('Unauthorized'), '404': { description: 'No such active key', content: error } },
    },
  },
};
