-- A recall writes one recall_lots row for each lot it reaches: 22,067 for the benchmark's hot lot, whose two foreign
-- keys, checked row by row, took about 200 ms of the recall (two lookups and a row lock each). The same rules are
-- checked here once per statement, over every row it wrote; the lots and the recall cannot go away meanwhile: a
-- recall has locked its lots (FOR UPDATE, in the same transaction) and inserted its recall row before it writes
-- these rows, and the triggers on lots and recalls below refuse to remove a row that recall_lots names, as the
-- foreign keys did. H2 keeps the foreign keys (the recall's speed is a PostgreSQL target).
ALTER TABLE recall_lots DROP CONSTRAINT fk_recall_lots_lot;
ALTER TABLE recall_lots DROP CONSTRAINT fk_recall_lots_recall;

CREATE FUNCTION check_recall_lots_references() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM written w WHERE NOT EXISTS (SELECT 1 FROM lots l WHERE l.id = w.lot_id)) THEN
        RAISE EXCEPTION 'recall_lots names a lot that does not exist (fk_recall_lots_lot)'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_recall_lots_lot';
    END IF;
    IF EXISTS (SELECT 1 FROM written w WHERE NOT EXISTS (SELECT 1 FROM recalls r WHERE r.id = w.recall_id)) THEN
        RAISE EXCEPTION 'recall_lots names a recall that does not exist (fk_recall_lots_recall)'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_recall_lots_recall';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_recall_lots_references_on_insert
    AFTER INSERT ON recall_lots REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION check_recall_lots_references();
CREATE TRIGGER trg_recall_lots_references_on_update
    AFTER UPDATE ON recall_lots REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION check_recall_lots_references();

CREATE FUNCTION keep_what_recall_lots_names() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'lots' AND EXISTS (SELECT 1 FROM recall_lots r WHERE r.lot_id = OLD.id) THEN
        RAISE EXCEPTION 'lot % is named by a recall: it cannot be removed (fk_recall_lots_lot)', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_recall_lots_lot';
    END IF;
    IF TG_TABLE_NAME = 'recalls' AND EXISTS (SELECT 1 FROM recall_lots r WHERE r.recall_id = OLD.id) THEN
        RAISE EXCEPTION 'recall % has lots: it cannot be removed (fk_recall_lots_recall)', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_recall_lots_recall';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_lots_named_by_recalls_kept
    BEFORE DELETE OR UPDATE OF id ON lots
    FOR EACH ROW EXECUTE FUNCTION keep_what_recall_lots_names();
CREATE TRIGGER trg_recalls_with_lots_kept
    BEFORE DELETE OR UPDATE OF id ON recalls
    FOR EACH ROW EXECUTE FUNCTION keep_what_recall_lots_names();
