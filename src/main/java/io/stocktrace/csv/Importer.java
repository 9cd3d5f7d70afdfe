package io.stocktrace.csv;

import java.time.Instant;
import java.util.List;

/** Imports the rows of one kind of CSV, inside the transaction of the import. */
interface Importer {
    record Counts(int created, int updated) {
    }

    CsvKind kind();

    /**
     * Checks every row, adding what is wrong to {@code problems}; writes only when {@code write} is set and no row
     * has a problem. Answers what was, or would be, created and updated.
     */
    Counts importRows(List<CsvTable.Row> rows, List<ImportProblem> problems, boolean write, String actor, Instant now);
}
