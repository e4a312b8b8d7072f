// Builds Stripe events for the fake and delivers them to the API the way Stripe does: a JSON body
// signed in Stripe-Signature with the endpoint's secret (stripe-node's own test header helper).
import Stripe from 'stripe';
import { fakeId } from './fake-onramp-sessions.js';

export interface FakeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  type: string;
  data: { object: unknown };
}

export interface Delivery {
  event: FakeEvent;
  status: number;
  body: unknown;
}

export function buildEvent(type: string, object: unknown, created = Math.floor(Date.now() / 1000)): FakeEvent {
  return { id: fakeId('evt_'), object: 'event', api_version: Stripe.API_VERSION, created, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } };
}

/** The Stripe-Signature header for `payload`, as Stripe would compute it at `timestamp` (seconds). */
export function signPayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

export async function deliverEvent(url: string, secret: string, event: FakeEvent): Promise<Delivery> {
  const payload = JSON.stringify(event);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signPayload(payload, secret), 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
    body: payload,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { event, status: res.status, body };
}
