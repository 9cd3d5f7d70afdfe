-- Done move lines are facts: the database itself refuses to change or remove them.
CREATE TRIGGER trg_move_lines_append_only
    BEFORE UPDATE, DELETE ON move_lines
    FOR EACH ROW CALL 'io.stocktrace.db.AppendOnlyTrigger';
