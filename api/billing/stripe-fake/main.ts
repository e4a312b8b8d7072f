// `npm run stripe:dev`: the local Stripe fake on STRIPE_FAKE_PORT (12111), delivering webhooks to
// the API on PORT (8080). Prints the environment the API needs to use it.
import { startLocalStripe } from './local-stripe.js';

async function main(): Promise<void> {
  const local = (await startLocalStripe(process.env, { force: true }))!;
  const vars = Object.entries(local.env).map(([k, v]) => `${k}=${v}`);
  console.log(`Stripe fake listening on ${local.fake.apiBase}`);
  console.log(`Start the API with:\n  ${vars.join(' \\\n  ')} \\\n  npm run start:api`);
  console.log(`Fulfil a deposit: curl -X POST ${local.fake.apiBase}/_fake/onramp_sessions/<cos_id>/advance -d '{"status":"fulfillment_complete"}'`);
  const stop = () => void local.fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('Stripe fake failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
