package io.stocktrace.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of trg_move_lines_append_only: the ledger refuses UPDATE and DELETE. */
public class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("move_lines is append-only (trg_move_lines_append_only): change of move line "
                + (oldRow == null ? "?" : oldRow[0]) + " refused", "23514");
    }
}
