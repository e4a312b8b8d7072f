// `npm run stripe:dev`: the local Stripe fake on STRIPE_FAKE_PORT (12111), delivering webhooks to
// the API on PORT (8080). Prints the environment the API needs to use it.
import { startStripeFake } from './stripe-fake.js';

const DEV_WEBHOOK_SECRET = 'whsec_stronghold_local_stripe_fake';

async function main(): Promise<void> {
  const port = Number(process.env.STRIPE_FAKE_PORT ?? 12111);
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? DEV_WEBHOOK_SECRET;
  const webhookUrl = process.env.STRIPE_FAKE_WEBHOOK_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8080}/webhooks/stripe`;
  const fake = await startStripeFake({ port, webhookUrl, webhookSecret });
  console.log(`Stripe fake listening on ${fake.apiBase}; webhooks go to ${webhookUrl}`);
  console.log('Start the API with:');
  console.log(`  STRIPE_API_BASE=${fake.apiBase} STRIPE_SECRET_KEY=sk_test_local STRIPE_PUBLISHABLE_KEY=pk_test_local \\`);
  console.log(`  STRIPE_WEBHOOK_SECRET=${webhookSecret} X402_PAY_TO=0x<your wallet> npm run start:api`);
  console.log(`Fulfil a deposit: curl -X POST ${fake.apiBase}/_fake/onramp_sessions/<cos_id>/advance -d '{"status":"fulfillment_complete"}'`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('Stripe fake failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
