// OpenAPI paths and schemas of billing: card deposits through Stripe's onramp, the deposit
// history and the Stripe webhook. Kept apart so the payments routes can grow beside them.
import type { JsonSchema, PathItem, ResponseObject } from './openapi-types.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const r = (name: string) => ({ $ref: `#/components/responses/${name}` });
const ok = (description: string, schema: string): ResponseObject => ({ description, content: json(schema) });
const session: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
const micro = (description: string): JsonSchema => ({ type: 'string', pattern: '^\\d+$', description, example: '24610000' });
const usdc = (description: string): JsonSchema => ({ type: 'string', pattern: '^\\d+\\.\\d{6}$', description, example: '24.610000' });
const error = (description: string): ResponseObject => ({ description, content: json('Error') });

export const billingSchemas: Record<string, JsonSchema> = {
  DepositRequest: {
    type: 'object',
    required: ['amount_usdc'],
    properties: {
      amount_usdc: { type: 'string', pattern: '^\\d{1,12}(\\.\\d{1,6})?$', example: '25.00', description: 'Decimal string (never a JSON number); card deposits take whole cents; bounds DEPOSIT_MIN_USDC..DEPOSIT_MAX_USDC' },
      provider: { type: 'string', enum: ['stripe', 'direct'], description: 'Default "stripe" (card through Stripe\'s crypto onramp)' },
    },
  },
  Deposit: {
    type: 'object',
    required: ['id', 'provider', 'status', 'amount_usdc', 'fee_usdc', 'net_amount_usdc', 'created_at'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      provider: { type: 'string', enum: ['stripe', 'direct'] },
      status: {
        type: 'string',
        enum: ['pending', 'requires_payment', 'processing', 'completed', 'failed', 'review'],
        description: 'review: Stripe reported something other than what was asked; an operator decides',
      },
      amount_micro_usdc: micro('Amount paid'),
      amount_usdc: usdc('Amount paid'),
      fee_micro_usdc: micro('Fees (known once completed)'),
      fee_usdc: usdc('Fees'),
      net_amount_micro_usdc: micro('Credited to the balance (known once completed)'),
      net_amount_usdc: usdc('Credited to the balance'),
      currency: { type: 'string', example: 'usdc' },
      network: { type: 'string', example: 'base' },
      created_at: { type: 'string', format: 'date-time' },
      completed_at: { type: ['string', 'null'], format: 'date-time' },
    },
  },
  NewDeposit: {
    type: 'object',
    required: ['deposit_id', 'client_secret', 'publishable_key', 'status'],
    properties: {
      deposit_id: { type: 'string', format: 'uuid' },
      client_secret: { type: ['string', 'null'], description: 'For Stripe\'s onramp widget; null for direct deposits' },
      publishable_key: { type: ['string', 'null'], description: 'Stripe publishable key for the widget; null for direct deposits' },
      status: { type: 'string', enum: ['pending'] },
      stripe_session_id: { type: 'string', example: 'cos_…' },
      pay_to: { type: 'string', description: 'Direct deposits: the receiving wallet' },
      asset: { type: 'string', example: 'USDC' },
      note: { type: 'string', description: 'Direct deposits: they are not credited automatically (no chain watcher yet)' },
      id: { type: 'string', format: 'uuid' },
      provider: { type: 'string', enum: ['stripe', 'direct'] },
      amount_usdc: usdc('Amount to pay'),
      network: { type: 'string' },
    },
  },
  DepositPage: {
    type: 'object',
    required: ['deposits', 'limit', 'next_cursor'],
    properties: {
      deposits: { type: 'array', items: ref('Deposit') },
      limit: { type: 'integer' },
      next_cursor: { type: ['string', 'null'], description: 'Pass as ?cursor= for the next page' },
    },
  },
  WebhookAck: {
    type: 'object',
    required: ['received'],
    properties: { received: { type: 'boolean' }, duplicate: { type: 'boolean', description: 'The event was already applied' }, reconciled: { type: 'boolean', description: 'A stale event: its session was read from the Stripe API and that state applied' } },
  },
};

export const billingPaths: Record<string, PathItem> = {
  '/v1/account/deposit': {
    post: {
      operationId: 'createDeposit',
      summary: 'Start a deposit: a Stripe onramp session (card → USDC) or direct-transfer instructions',
      tags: ['billing'],
      security: session,
      requestBody: { required: true, content: json('DepositRequest') },
      responses: {
        '201': ok('Deposit started (pending)', 'NewDeposit'),
        '400': r('BadRequest'),
        '401': r('Unauthorized'),
        '403': r('Forbidden'),
        '502': error('Stripe failed or could not be reached; the deposit is marked failed'),
        '503': error('Deposits are not configured on this server'),
      },
    },
  },
  '/v1/account/deposits': {
    get: {
      operationId: 'listDeposits',
      summary: 'Billing history: deposits newest first',
      tags: ['billing'],
      security: session,
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
        { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'next_cursor of the previous page' },
      ],
      responses: { '200': ok('One page', 'DepositPage'), '400': r('BadRequest'), '401': r('Unauthorized') },
    },
  },
  '/v1/account/deposits/{id}': {
    get: {
      operationId: 'getDeposit',
      summary: 'One deposit (poll it after the onramp widget closes)',
      tags: ['billing'],
      security: session,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { '200': ok('The deposit', 'Deposit'), '401': r('Unauthorized'), '404': error('No such deposit on this account') },
    },
  },
  '/webhooks/stripe': {
    post: {
      operationId: 'stripeWebhook',
      summary: 'Stripe events (crypto.onramp_session_updated); signed with STRIPE_WEBHOOK_SECRET',
      description: 'Raw JSON body verified against Stripe-Signature (300 s tolerance); an event created more than 5 minutes ago is never applied as sent (an onramp session is re-read from the Stripe API instead); each event id is applied once.',
      tags: ['billing'],
      parameters: [{ name: 'Stripe-Signature', in: 'header', required: true, schema: { type: 'string' } }],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } } },
      responses: {
        '200': ok('Received (or already applied)', 'WebhookAck'),
        '400': error('Bad signature, not an event, or a stale event that could not be reconciled from the Stripe API'),
        '500': error('Not applied; Stripe retries'),
        '503': error('Webhook secret not configured'),
      },
    },
  },
};
