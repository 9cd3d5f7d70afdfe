-- Done move lines are facts: the database itself refuses to change or remove them.
CREATE FUNCTION refuse_move_line_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'move_lines is append-only: % of move line % refused', TG_OP, OLD.id
        USING ERRCODE = 'raise_exception', CONSTRAINT = 'trg_move_lines_append_only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_move_lines_append_only
    BEFORE UPDATE OR DELETE ON move_lines
    FOR EACH ROW EXECUTE FUNCTION refuse_move_line_change();
