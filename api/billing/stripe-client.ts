// The one stripe-node client of the process, created at start-up and reused by every request:
// network retries and timeouts from the config, and STRIPE_API_BASE for a local Stripe (the fake).
import Stripe from 'stripe';
import type { Config } from '../config.js';

export type StripeClient = Stripe;

/** undefined when STRIPE_SECRET_KEY is unset: card deposits then answer 503, nothing else changes. */
export function createStripeClient(settings: Config['stripe']): StripeClient | undefined {
  if (!settings.secretKey) return undefined;
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: settings.maxNetworkRetries,
    timeout: settings.timeoutMs,
    telemetry: false,
    appInfo: { name: 'stronghold' },
    ...(settings.apiBase && apiBaseOptions(settings.apiBase)),
  });
}

/** "http://127.0.0.1:12111" → stripe-node's host/port/protocol options. */
export function apiBaseOptions(apiBase: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const url = new URL(apiBase);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`STRIPE_API_BASE must be an http(s) URL (got ${url.protocol})`);
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'https' ? 443 : 80, protocol };
}
