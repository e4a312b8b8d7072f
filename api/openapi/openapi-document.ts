// The OpenAPI 3.1 document served at /openapi.json, written as a typed object. A test walks the
// Express router and fails when a route is missing here or a documented path has no route.
import type { Config } from '../config.js';
import { billingPaths, billingSchemas } from './billing-paths.js';
import { responses, schemas } from './openapi-schemas.js';
import { paymentsPaths, paymentsResponses, paymentsSchemas } from './payments-openapi.js';
import type { JsonSchema, OpenApiDocument, Operation, ResponseObject } from './openapi-types.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const ok = (description: string, schema?: string): ResponseObject => ({ description, ...(schema && { content: json(schema) }) });
const r = (name: string) => ({ $ref: `#/components/responses/${name}` });
const session: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
const anyObject: JsonSchema = { type: 'object', additionalProperties: true };

function scanOperation(id: string, summary: string, request: string): Operation {
  return {
    operationId: id,
    summary,
    tags: ['scan'],
    security: [{}, ...session, { apiKeyAuth: [] }, { x402Payment: [] }],
    requestBody: { required: true, content: json(request) },
    responses: {
      '200': ok('Scan result', 'ScanResult'), '400': r('BadRequest'), '401': r('Unauthorized'), '402': r('PaymentRequired'), '403': r('Forbidden'),
      '409': r('PaymentConflict'), '413': r('TooLarge'), '429': r('RateLimited'), '502': r('BadGateway'), '503': r('Unavailable'),
    },
  };
}

export function createOpenApiDocument(config: Pick<Config, 'version'>): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stronghold API',
      version: config.version,
      description: 'Prompt-injection and credential-leak scanning for AI agents. Money is integer micro-USDC encoded as strings.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    tags: [
      { name: 'scan' }, { name: 'auth' }, { name: 'account' }, { name: 'pricing' }, { name: 'api-keys' }, { name: 'billing' }, { name: 'operations' },
    ],
    paths: {
      '/v1/scan/content': { post: scanOperation('scanContent', 'Scan incoming content for prompt injection', 'ScanContentRequest') },
      '/v1/scan/output': { post: scanOperation('scanOutput', 'Scan outgoing text for leaked credentials', 'ScanOutputRequest') },
      '/v1/scan/multiturn': {
        post: scanOperation('scanMultiturn', 'Scan the last turn of a conversation for prompt injection, with the earlier turns as context', 'ScanMultiturnRequest'),
      },
      '/v1/pricing': { get: { operationId: 'getPricing', summary: 'Price of each paid route', tags: ['pricing'], responses: { '200': ok('Prices', 'Pricing') } } },
      '/v1/auth/account': {
        post: {
          operationId: 'createAccount',
          summary: 'Create an account; returns its number once and starts a session',
          tags: ['auth'],
          responses: { '201': ok('Account created; session cookies set', 'NewAccount'), '429': r('RateLimited') },
        },
      },
      '/v1/auth/login': {
        post: {
          operationId: 'login',
          summary: 'Log in with an account number (16 digits, dashes optional)',
          tags: ['auth'],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['account_number'], properties: { account_number: { type: 'string', example: '1234-5678-9012-3456' } } } } },
          },
          responses: { '200': ok('Session started; cookies set', 'Session'), '400': r('BadRequest'), '401': r('Unauthorized'), '429': r('RateLimited') },
        },
      },
      '/v1/auth/refresh': {
        post: {
          operationId: 'refresh',
          summary: 'Rotate the refresh cookie and get a new access token (needs X-CSRF-Token)',
          tags: ['auth'],
          security: [{ refreshCookie: [] }],
          responses: { '200': ok('New session tokens', 'Session'), '401': r('Unauthorized'), '403': r('Forbidden'), '429': r('RateLimited') },
        },
      },
      '/v1/auth/logout': {
        post: {
          operationId: 'logout',
          summary: 'End this session, or all sessions with {"all": true}',
          tags: ['auth'],
          security: [...session, { refreshCookie: [] }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { all: { type: 'boolean' } } } } } },
          responses: { '200': ok('Logged out'), '401': r('Unauthorized'), '403': r('Forbidden') },
        },
      },
      '/v1/auth/me': {
        get: { operationId: 'me', summary: 'The signed-in account', tags: ['auth'], security: session, responses: { '200': ok('Account', 'Me'), '401': r('Unauthorized') } },
      },
      '/v1/account': {
        get: { operationId: 'getAccount', summary: 'Account and balance', tags: ['account'], security: session, responses: { '200': ok('Account', 'Account'), '401': r('Unauthorized') } },
      },
      '/v1/account/usage': {
        get: {
          operationId: 'getUsage',
          summary: 'Usage history, newest first',
          tags: ['account'],
          security: session,
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'next_cursor of the previous page' },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 }, description: 'Alternative to cursor' },
          ],
          responses: { '200': ok('One page', 'UsagePage'), '400': r('BadRequest'), '401': r('Unauthorized') },
        },
      },
      '/v1/account/usage/stats': {
        get: {
          operationId: 'getUsageStats',
          summary: 'Totals, daily breakdown and per-endpoint statistics over N days',
          tags: ['account'],
          security: session,
          parameters: [{ name: 'days', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 366 } }],
          responses: { '200': ok('Statistics', 'UsageStats'), '400': r('BadRequest'), '401': r('Unauthorized') },
        },
      },
      ...billingPaths,
      ...paymentsPaths,
      '/health': { get: { operationId: 'health', summary: 'Version, database and inference status', tags: ['operations'], responses: { '200': { description: 'Status', content: { 'application/json': { schema: anyObject } } } } } },
      '/health/live': { get: { operationId: 'live', summary: 'Liveness', tags: ['operations'], responses: { '200': ok('Alive') } } },
      '/health/ready': { get: { operationId: 'ready', summary: 'Readiness', tags: ['operations'], responses: { '200': ok('Ready'), '503': ok('Not ready, with reasons') } } },
      '/metrics': { get: { operationId: 'metrics', summary: 'Prometheus metrics', tags: ['operations'], responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
      '/openapi.json': { get: { operationId: 'openapi', summary: 'This document', tags: ['operations'], responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: anyObject } } } } } },
      '/docs/stronghold-init.js': {
        get: { operationId: 'docsInitializer', summary: 'Swagger UI initializer (a file, so the CSP needs no inline script)', tags: ['operations'], responses: { '200': { description: 'JavaScript', content: { 'application/javascript': { schema: { type: 'string' } } } } } },
      },
      '/docs': { get: { operationId: 'docs', summary: 'Swagger UI', tags: ['operations'], responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
    },
    components: {
      schemas: { ...schemas, ...billingSchemas, ...paymentsSchemas },
      responses: { ...responses, ...paymentsResponses },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'stronghold_access', description: 'Writes also need X-CSRF-Token = stronghold_csrf cookie' },
        refreshCookie: { type: 'apiKey', in: 'cookie', name: 'stronghold_refresh' },
        apiKeyAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'sk_live_…', description: 'API key: the scan is paid from prepaid credit' },
        x402Payment: { type: 'apiKey', in: 'header', name: 'PAYMENT-SIGNATURE', description: 'x402 v2 payment payload (base64); the answer carries PAYMENT-RESPONSE' },
      },
    },
  };
}
