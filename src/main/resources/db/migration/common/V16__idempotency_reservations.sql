-- An Idempotency-Key is reserved before its request runs (state 'in-flight', held by a lease token that the owner
-- renews while it works) and completed with the answer afterwards. The work's own transaction stamps
-- work_committed_at before it commits, so a retry after a crash between that commit and the stored answer never
-- runs the work again. Rows stored before this migration were completed answers.
ALTER TABLE idempotency_keys ADD COLUMN state varchar(16) DEFAULT 'completed' NOT NULL;
ALTER TABLE idempotency_keys ADD COLUMN lease_token varchar(36);
ALTER TABLE idempotency_keys ADD COLUMN lease_expires_at timestamp with time zone;
ALTER TABLE idempotency_keys ADD COLUMN work_committed_at timestamp with time zone;
ALTER TABLE idempotency_keys ALTER COLUMN response_status DROP NOT NULL;
ALTER TABLE idempotency_keys ALTER COLUMN response_body DROP NOT NULL;
ALTER TABLE idempotency_keys ADD CONSTRAINT ck_idempotency_keys_answer_when_completed
    CHECK (state = 'in-flight' OR (state = 'completed' AND response_status IS NOT NULL AND response_body IS NOT NULL));
CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);
