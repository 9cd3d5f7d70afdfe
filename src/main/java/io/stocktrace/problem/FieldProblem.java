package io.stocktrace.problem;

/** One field of a request that is wrong, with the JSON path of the field ({@code lines[2].lot}). */
public record FieldProblem(String field, String message) {
}
