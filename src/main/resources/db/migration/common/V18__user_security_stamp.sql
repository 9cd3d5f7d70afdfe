-- Bumped whenever a user's password, role or active flag changes: a browser session or a cached password check
-- made before the change carries the old value and is refused.
ALTER TABLE app_users ADD COLUMN security_stamp bigint DEFAULT 0 NOT NULL;
