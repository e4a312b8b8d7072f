-- An operator may complete a payment dead-lettered as `settlement_unknown` (a settle attempt went
-- unanswered, the next heard "nonce already used") once they have found its transfer on chain
-- (`npm run payments:reconcile`): the payer was charged, so the stored result is theirs and their
-- retry must get it. No other way back is opened.
-- migrate:up
CREATE OR REPLACE FUNCTION payments_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.state = OLD.state THEN
    RETURN NEW;
  END IF;
  IF (OLD.state = 'reserved' AND NEW.state IN ('executing', 'voided'))
    OR (OLD.state = 'executing' AND NEW.state IN ('settling', 'completed', 'voided'))
    OR (OLD.state = 'settling' AND NEW.state IN ('completed', 'failed', 'dead_lettered'))
    OR (OLD.state = 'failed' AND NEW.state IN ('completed', 'dead_lettered'))
    OR (OLD.state = 'dead_lettered' AND NEW.state = 'completed' AND OLD.last_error LIKE 'settlement_unknown%'
        AND NEW.transaction_hash IS NOT NULL) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'payment % cannot move from % to %', OLD.id, OLD.state, NEW.state USING ERRCODE = 'check_violation';
END;
$$;

-- migrate:down

CREATE OR REPLACE FUNCTION payments_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
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
