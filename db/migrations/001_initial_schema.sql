-- Initial schema: accounts, sessions (one row per refresh token, grouped in families), usage logs.
-- Money is BIGINT micro-USDC (1 USDC = 1,000,000) everywhere; never floating point.

-- migrate:up

-- Account numbers are bearer credentials, so only their SHA-256 is stored (plus the last four
-- digits for display): a leaked table does not hand out logins.
CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_number_hash text NOT NULL,
  account_number_last4 char(4) NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
  balance_micro_usdc bigint NOT NULL DEFAULT 0 CHECK (balance_micro_usdc >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz,
  CONSTRAINT accounts_account_number_hash_key UNIQUE (account_number_hash)
);

-- A family is one login; every refresh rotates to a new row of the same family. Presenting a
-- rotated token again means it was stolen, and the whole family is revoked.
CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  family_id uuid NOT NULL,
  refresh_token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  rotated_at timestamptz,
  revoked_at timestamptz,
  revoked_reason text,
  ip text,
  user_agent text,
  CONSTRAINT sessions_refresh_token_hash_key UNIQUE (refresh_token_hash)
);
CREATE INDEX sessions_family_idx ON sessions (family_id);
CREATE INDEX sessions_account_active_idx ON sessions (account_id) WHERE revoked_at IS NULL;

-- One row per scan. account_id for signed-in callers, payer for x402 wallets; payment_id will
-- reference the payments table once the payments migration creates it.
CREATE TABLE usage_logs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  payer text,
  endpoint text NOT NULL,
  decision text CHECK (decision IN ('ALLOW', 'WARN', 'BLOCK')),
  threat_category text,
  request_bytes integer NOT NULL DEFAULT 0 CHECK (request_bytes >= 0),
  response_bytes integer NOT NULL DEFAULT 0 CHECK (response_bytes >= 0),
  latency_ms integer NOT NULL DEFAULT 0 CHECK (latency_ms >= 0),
  cost_micro_usdc bigint NOT NULL DEFAULT 0 CHECK (cost_micro_usdc >= 0),
  payment_id uuid,
  request_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Dashboard: an account's history newest first (keyset pagination) and its stats over N days.
CREATE INDEX usage_logs_account_created_idx ON usage_logs (account_id, created_at DESC, id DESC)
  WHERE account_id IS NOT NULL;
CREATE INDEX usage_logs_payer_created_idx ON usage_logs (payer, created_at DESC)
  WHERE payer IS NOT NULL;
CREATE INDEX usage_logs_payment_idx ON usage_logs (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX usage_logs_created_idx ON usage_logs (created_at);

-- migrate:down

DROP TABLE usage_logs;
DROP TABLE sessions;
DROP TABLE accounts;
