// The local Stripe fake's public surface: start it, and the pieces tests use to sign their own
// events (stale ones, forged ones) exactly as the fake does.
export { startStripeFake } from './stripe-fake.js';
export type { StripeFake, StripeFakeOptions } from './stripe-fake.js';
export { buildEvent, deliverEvent, signPayload } from './fake-webhooks.js';
export type { Delivery, FakeEvent } from './fake-webhooks.js';
export { startLocalStripe, LOCAL_WEBHOOK_SECRET, LOCAL_DEPOSIT_WALLET } from './local-stripe.js';
export type { LocalStripe } from './local-stripe.js';
export { FakeOnrampSessions } from './fake-onramp-sessions.js';
export type { AdvanceOptions } from './fake-onramp-sessions.js';
