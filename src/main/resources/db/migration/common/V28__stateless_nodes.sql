-- Stateless application nodes (issue 18): what one JVM kept in its memory, kept here so that any node serves any
-- request.

-- The web pages' sessions (Spring Session JDBC, spring.session.jdbc.table-name: web_sessions; its attributes table is
-- that name with _attributes). The columns are Spring Session's own schema for PostgreSQL (H2 takes bytea as binary
-- varying), the constraint names ours.
CREATE TABLE web_sessions (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT pk_web_sessions PRIMARY KEY (primary_id),
    CONSTRAINT uq_web_sessions_session_id UNIQUE (session_id)
);
CREATE INDEX ix_web_sessions_expiry_time ON web_sessions (expiry_time);
CREATE INDEX ix_web_sessions_principal_name ON web_sessions (principal_name);

CREATE TABLE web_sessions_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT pk_web_sessions_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_web_sessions_attributes_session FOREIGN KEY (session_primary_id)
        REFERENCES web_sessions (primary_id) ON DELETE CASCADE
);

-- Periodic work runs on one node at a time: a row per job, leased until lock_until (ShedLock's JDBC provider, with the
-- database's clock, so that the nodes' clocks need not agree).
CREATE TABLE scheduled_locks (
    name       varchar(64)  NOT NULL,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL,
    CONSTRAINT pk_scheduled_locks PRIMARY KEY (name)
);

-- Failed password checks, counted per user name and per client address (each as a SHA-256 of the key, so the length of
-- what is typed does not matter) so that every node throttles the same guesses. Rows older than an hour are forgotten.
CREATE TABLE login_failures (
    throttle_key   varchar(80)              NOT NULL,
    failures       integer                  NOT NULL,
    last_failed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_login_failures PRIMARY KEY (throttle_key),
    CONSTRAINT ck_login_failures_positive CHECK (failures > 0)
);
CREATE INDEX ix_login_failures_last_failed_at ON login_failures (last_failed_at);
