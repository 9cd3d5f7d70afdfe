-- PostgreSQL checks the references of recall_lots once per statement (see its V46); H2 keeps the foreign keys.
COMMENT ON TABLE recall_lots IS 'One row per lot a recall reached';
