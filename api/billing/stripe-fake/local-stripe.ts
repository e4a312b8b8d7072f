// For `npm start` and `npm run stripe:dev`: when no real Stripe is configured outside production,
// start the fake and return the environment that points the API at it (keys, secret, wallet).
import { startStripeFake, type StripeFake } from './stripe-fake.js';

export const LOCAL_WEBHOOK_SECRET = 'whsec_stronghold_local_stripe_fake';
/** A placeholder receiving wallet for local demos; the fake moves no real money. */
export const LOCAL_DEPOSIT_WALLET = '0x000000000000000000000000000000000000dEaD';

type Env = Record<string, string | undefined>;

export interface LocalStripe {
  fake: StripeFake;
  /** Variables to add to the API's environment. */
  env: Record<string, string>;
}

/** undefined when STRIPE_SECRET_KEY is set or NODE_ENV=production: real Stripe, nothing to start. */
export async function startLocalStripe(env: Env, options: { force?: boolean } = {}): Promise<LocalStripe | undefined> {
  if (!options.force && (env.STRIPE_SECRET_KEY || env.NODE_ENV === 'production')) return undefined;
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET || LOCAL_WEBHOOK_SECRET;
  const webhookUrl = env.STRIPE_FAKE_WEBHOOK_URL || `http://127.0.0.1:${env.PORT || 8080}/webhooks/stripe`;
  const fake = await startStripeFake({ port: Number(env.STRIPE_FAKE_PORT || 12111), webhookUrl, webhookSecret });
  return {
    fake,
    env: {
      STRIPE_API_BASE: fake.apiBase,
      STRIPE_SECRET_KEY: 'sk_test_stronghold_local',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_stronghold_local',
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      ...(!env.DEPOSIT_WALLET_ADDRESS && !env.X402_PAY_TO && { DEPOSIT_WALLET_ADDRESS: LOCAL_DEPOSIT_WALLET }),
    },
  };
}
