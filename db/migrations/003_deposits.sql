-- Deposits (card-to-USDC through Stripe's crypto onramp, or direct transfers) and the Stripe
-- webhook events already applied. Money is BIGINT micro-USDC; a deposit's state only moves forward.

-- migrate:up

-- pending → requires_payment → processing → completed | failed; `review` holds a deposit whose
-- Stripe report did not match what was asked (amount, currency, wallet): never credited by code.
-- completed, failed and review are final for the webhook: nothing it receives later changes them.
CREATE TABLE deposits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
  provider text NOT NULL CHECK (provider IN ('stripe', 'direct')),
  amount_micro_usdc bigint NOT NULL CHECK (amount_micro_usdc > 0),
  fee_micro_usdc bigint NOT NULL DEFAULT 0 CHECK (fee_micro_usdc >= 0),
  net_amount_micro_usdc bigint NOT NULL DEFAULT 0 CHECK (net_amount_micro_usdc >= 0),
  currency text NOT NULL DEFAULT 'usdc',
  network text NOT NULL,
  wallet_address text NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'requires_payment', 'processing', 'completed', 'failed', 'review')),
  stripe_session_id text,
  stripe_session_status text,
  -- Why it failed or needs review, for operators; never sent to the client.
  failure_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  CONSTRAINT deposits_stripe_session_id_key UNIQUE (stripe_session_id),
  CONSTRAINT deposits_completed_has_net CHECK (status <> 'completed' OR (completed_at IS NOT NULL AND net_amount_micro_usdc > 0))
);
-- Billing history: an account's deposits newest first, keyset-paginated on (created_at, id).
CREATE INDEX deposits_account_created_idx ON deposits (account_id, created_at DESC, id DESC);
-- Operators and a future reconciler look for deposits still open.
CREATE INDEX deposits_open_idx ON deposits (created_at) WHERE status IN ('pending', 'requires_payment', 'processing');

-- One row per Stripe event applied. Inserted in the same transaction as the event's effect, so a
-- retried delivery either finds the row (already applied) or applies it itself, never both.
CREATE TABLE stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stripe_events_received_idx ON stripe_events (received_at);

-- migrate:down

DROP TABLE stripe_events;
DROP TABLE deposits;
