-- A key is claimed before its request is carried out: concurrent requests with the same key wait for the first
-- and replay its result. Until the first one commits, the claim has no resource yet.
ALTER TABLE idempotency_record ALTER COLUMN resource_id DROP NOT NULL;
