package io.stocktrace.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one exception domain code throws: a problem type, a sentence for the user, and details. */
public class StocktraceException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties;

    public StocktraceException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public StocktraceException(ProblemType type, String detail, List<FieldProblem> errors, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.properties = new LinkedHashMap<>(properties);
    }

    public static StocktraceException notFound(String what, Object id) {
        return new StocktraceException(ProblemType.NOT_FOUND, what + " " + id + " does not exist.");
    }

    public static StocktraceException invalid(String field, String message) {
        return new StocktraceException(ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new FieldProblem(field, message)), Map.of());
    }

    /** The same problem, pinned to a field of the request. */
    public static StocktraceException atField(ProblemType type, String field, String detail) {
        return new StocktraceException(type, detail, List.of(new FieldProblem(field, detail)), Map.of());
    }

    public StocktraceException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
