-- The digest of the request an x402 payment paid for (payment header + body). A replay is answered
-- from the stored result only when it is the same request: a payer address and nonce are public on
-- chain once settled, so they alone must not unlock another payer's stored result.
-- migrate:up
ALTER TABLE payments ADD COLUMN request_digest text;
ALTER TABLE payments ADD CONSTRAINT payments_x402_digest CHECK (method <> 'x402' OR request_digest IS NOT NULL) NOT VALID;

-- migrate:down
ALTER TABLE payments DROP CONSTRAINT payments_x402_digest;
ALTER TABLE payments DROP COLUMN request_digest;
