-- Read replicas' read-your-writes: per client (user name), the primary's WAL position (LSN, as a number) once its
-- last write committed. Its reads go to a standby only once that standby has replayed past it. Used on PostgreSQL
-- with stocktrace.read-replicas.url set; empty otherwise.
CREATE TABLE read_positions (
    principal   varchar(256) NOT NULL,
    commit_lsn  bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_read_positions PRIMARY KEY (principal)
);
