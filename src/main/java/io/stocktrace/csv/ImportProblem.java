package io.stocktrace.csv;

/** Something wrong on one line of an imported CSV; {@code field} is the column, or null for the whole line. */
public record ImportProblem(int line, String field, String message) {
}
