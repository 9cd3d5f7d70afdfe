package io.stocktrace.csv;

import java.util.List;

/** What an import did, or would do in a dry run: rows read, records created and updated, and every problem. */
public record ImportReport(boolean dryRun, int rows, int created, int updated, List<ImportProblem> problems) {
}
