package io.stocktrace.web;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused form's messages by the name of the form's field: the service speaks of its own field paths
 * ({@code expiry.alertDays}), the page of its inputs ({@code alertDays}). A problem of no field (a rule of stored
 * state, a switched-off feature) is kept under {@link #FORM}, shown above the form.
 */
public final class FieldErrors {
    public static final String FORM = "form";

    private FieldErrors() {
    }

    /** The messages of {@code e}; {@code renames} maps a service field to its input where the names differ. */
    public static Map<String, String> of(StocktraceException e, Map<String, String> renames) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : e.errors()) {
            String field = renames.getOrDefault(problem.field(), problem.field());
            errors.merge(field, problem.message(), (a, b) -> a + "; " + b);
        }
        if (errors.isEmpty()) {
            errors.put(FORM, e.getMessage());
        }
        return errors;
    }

    /** A whole number typed in a text field, or null when blank; a message in {@code errors} when it is not one. */
    public static Integer wholeNumber(String typed, String field, String message, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** Blank input means absent. */
    public static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
