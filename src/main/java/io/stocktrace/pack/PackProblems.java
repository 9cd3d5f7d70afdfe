package io.stocktrace.pack;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of the Put in Packs of one request, each under its item's place ({@code packs[3].contents[2]}), so that
 * a refused request names every problem of every item at once. One problem is answered as it was found (its type,
 * its detail after the place); several with the first one's type, every field of every one in {@code errors}.
 */
final class PackProblems {
    private record Found(String at, StocktraceException problem) {
    }

    private final List<Found> found = new ArrayList<>();

    void add(String at, StocktraceException problem) {
        found.add(new Found(at, problem));
    }

    /** The validation's problems, if any, as one problem of the item at {@code at}. */
    void add(String at, Validation v) {
        try {
            v.throwIfAny();
        } catch (StocktraceException e) {
            add(at, e);
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** How many problems were found so far: a step checks whether its own checks added any. */
    int count() {
        return found.size();
    }

    void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        List<FieldProblem> errors = new ArrayList<>();
        for (Found f : found) {
            List<FieldProblem> own = f.problem().errors();
            if (own.isEmpty()) {
                errors.add(new FieldProblem(f.at().isEmpty() ? "packageId" : f.at(), f.problem().getMessage()));
            }
            own.forEach(p -> errors.add(new FieldProblem(field(f.at(), p.field()), p.message())));
        }
        Found first = found.get(0);
        String detail = (first.at().isEmpty() ? "" : first.at() + ": ") + first.problem().getMessage();
        if (found.size() > 1) {
            // counted as errors lists them: an item whose checks failed on three fields is three problems
            detail = errors.size() + " problems; see errors. The first: " + detail;
        }
        throw new StocktraceException(first.problem().type(), detail, found.size() == 1 && first.problem().errors()
                .isEmpty() ? List.of() : errors, first.problem().properties());
    }

    private static String field(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
