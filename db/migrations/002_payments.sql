-- Payments ledger (x402 payments and prepaid-credit holds, one state machine), API keys, and the
-- usage_logs → payments link. Money is BIGINT micro-USDC (USDC has 6 decimals: atomic units).

-- migrate:up

-- API keys: only the SHA-256 of the secret is stored; the prefix is what lists show.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  key_hash text NOT NULL,
  key_prefix text NOT NULL,
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash)
);
CREATE INDEX api_keys_account_active_idx ON api_keys (account_id) WHERE revoked_at IS NULL;

-- One row per paid request. x402: reserved → executing → settling → completed, or voided (scan
-- failed / reservation expired), or failed (settlement attempt failed, the worker retries) →
-- completed | dead_lettered. Credits: the row is the balance hold: reserved (price taken from the
-- balance) → executing → completed (debit kept) | voided (hold released back to the balance).
CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  method text NOT NULL CHECK (method IN ('x402', 'credit')),
  state text NOT NULL DEFAULT 'reserved'
    CHECK (state IN ('reserved', 'executing', 'settling', 'completed', 'voided', 'failed', 'dead_lettered')),
  account_id uuid REFERENCES accounts (id) ON DELETE RESTRICT,
  api_key_id uuid REFERENCES api_keys (id) ON DELETE SET NULL,
  -- x402: lower-case payer address and the EIP-3009 authorization nonce; one request owns a nonce.
  payer text,
  nonce text,
  network text,
  asset text,
  pay_to text,
  amount_micro_usdc bigint NOT NULL CHECK (amount_micro_usdc >= 0),
  endpoint text NOT NULL,
  request_id text,
  -- What the worker needs to settle without the original request.
  payment_payload jsonb,
  payment_requirements jsonb,
  valid_before timestamptz,
  -- The scan result, stored before settlement and sent byte for byte to every replay.
  result_status integer,
  result_body text,
  settle_response jsonb,
  transaction_hash text,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- Worker schedule and lease: nobody else settles the row before this time.
  next_attempt_at timestamptz,
  last_error text,
  void_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  CONSTRAINT payments_payer_nonce_key UNIQUE (payer, nonce),
  CONSTRAINT payments_x402_fields CHECK (method <> 'x402' OR (payer IS NOT NULL AND nonce IS NOT NULL AND payment_payload IS NOT NULL)),
  CONSTRAINT payments_credit_fields CHECK (method <> 'credit' OR account_id IS NOT NULL),
  -- No settlement without a stored result.
  CONSTRAINT payments_settle_has_result CHECK (
    method <> 'x402' OR state NOT IN ('settling', 'completed', 'failed', 'dead_lettered') OR result_body IS NOT NULL
  )
);
CREATE INDEX payments_settle_due_idx ON payments (next_attempt_at) WHERE state IN ('settling', 'failed');
CREATE INDEX payments_open_idx ON payments (updated_at) WHERE state IN ('reserved', 'executing');
CREATE INDEX payments_account_created_idx ON payments (account_id, created_at DESC) WHERE account_id IS NOT NULL;

-- Belt and braces: every UPDATE already names the state it expects; this refuses any transition
-- that is not forward, whatever the caller wrote.
CREATE FUNCTION payments_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.state = OLD.state THEN
    RETURN NEW;
  END IF;
  IF (OLD.state = 'reserved' AND NEW.state IN ('executing', 'voided'))
    OR (OLD.state = 'executing' AND NEW.state IN ('settling', 'completed', 'voided'))
    OR (OLD.state = 'settling' AND NEW.state IN ('completed', 'failed', 'dead_lettered'))
    OR (OLD.state = 'failed' AND NEW.state IN ('completed', 'dead_lettered')) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'payment % cannot move from % to %', OLD.id, OLD.state, NEW.state USING ERRCODE = 'check_violation';
END;
$$;
CREATE TRIGGER payments_forward_only BEFORE UPDATE OF state ON payments
  FOR EACH ROW EXECUTE FUNCTION payments_forward_only();

ALTER TABLE usage_logs
  ADD CONSTRAINT usage_logs_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE SET NULL;

-- migrate:down

ALTER TABLE usage_logs DROP CONSTRAINT usage_logs_payment_id_fkey;
DROP TABLE payments;
DROP FUNCTION payments_forward_only();
DROP TABLE api_keys;
