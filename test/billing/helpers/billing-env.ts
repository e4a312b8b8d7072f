// The real API (port 0, real database) wired to the local Stripe fake through stripe-node, and the
// small steps billing tests repeat: open an account, start a deposit, sign and post an event.
import { startStripeFake, buildEvent, signPayload, type StripeFake } from '../../../api/billing/stripe-fake/index.js';
import type { TestDatabase } from '../../db/test-database.js';
import { field, http, type HttpResponse } from '../../api/helpers/http.js';
import { startTestApi, type TestApi } from '../../api/helpers/test-api.js';

export const WEBHOOK_SECRET = 'whsec_test_billing_0123456789abcdef';
export const SECRET_KEY = 'sk_test_billing_fake';
export const PUBLISHABLE_KEY = 'pk_test_billing_fake';
export const WALLET = '0x1111111111111111111111111111111111111111';

export interface BillingEnv {
  api: TestApi;
  fake: StripeFake;
  close(): Promise<void>;
}

export function billingEnvVars(apiBase: string): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: SECRET_KEY,
    STRIPE_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: apiBase,
    STRIPE_MAX_NETWORK_RETRIES: '1',
    DEPOSIT_WALLET_ADDRESS: WALLET,
    DEPOSIT_MIN_USDC: '1.00',
    DEPOSIT_MAX_USDC: '500.00',
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000',
  };
}

export async function startBillingEnv(options: { database?: TestDatabase; env?: Record<string, string> } = {}): Promise<BillingEnv> {
  const fake = await startStripeFake({ webhookSecret: WEBHOOK_SECRET, secretKey: SECRET_KEY });
  const api = await startTestApi({ database: options.database, env: { ...billingEnvVars(fake.apiBase), ...options.env } });
  fake.setWebhookUrl(`${api.url}/webhooks/stripe`);
  return {
    api,
    fake,
    async close() {
      await api.close();
      await fake.close();
    },
  };
}

/** A new account and its bearer header. */
export async function openAccount(api: TestApi): Promise<{ accountId: string; auth: Record<string, string> }> {
  const res = await http(api.url, '/v1/auth/account', { method: 'POST' });
  if (res.status !== 201) throw new Error(`account creation failed: ${res.status} ${res.text}`);
  return { accountId: field<string>(res, 'account_id'), auth: { authorization: `Bearer ${field<string>(res, 'access_token')}` } };
}

export function deposit(api: TestApi, auth: Record<string, string>, body: unknown): Promise<HttpResponse> {
  return http(api.url, '/v1/account/deposit', { method: 'POST', body, headers: auth });
}

export async function balance(api: TestApi, auth: Record<string, string>): Promise<string> {
  return field<string>(await http(api.url, '/v1/account', { headers: auth }), 'balance_micro_usdc');
}

/** Posts `object` as a signed event of `type`; `created` and the signing time can be moved. */
export function postEvent(
  api: TestApi,
  event: ReturnType<typeof buildEvent>,
  options: { secret?: string; signedAt?: number; signature?: string } = {},
): Promise<HttpResponse> {
  const payload = JSON.stringify(event);
  const signature = options.signature ?? signPayload(payload, options.secret ?? WEBHOOK_SECRET, options.signedAt);
  return http(api.url, '/webhooks/stripe', { method: 'POST', rawBody: payload, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
}
