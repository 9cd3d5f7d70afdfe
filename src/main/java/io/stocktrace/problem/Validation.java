package io.stocktrace.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects field problems so that a request reports every bad field at once. */
public final class Validation {
    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public Validation add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        String detail = problems.size() == 1
                ? problems.get(0).field() + ": " + problems.get(0).message()
                : problems.size() + " fields are invalid; see errors.";
        throw new StocktraceException(ProblemType.VALIDATION_FAILED, detail, problems, Map.of());
    }
}
