-- H2 caches the identity values of its busiest tables (see its V47); PostgreSQL draws them without writing to disk.
COMMENT ON TABLE move_lines IS 'The ledger: one row per quantity moved, appended, never changed';
