package io.stocktrace.limits;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every count and length a request may reach, set under {@code stocktrace.limits.*}. The request body's size in
 * bytes is the server's (413); these are what a body of an acceptable size may still hold too much of (422
 * {@code limit-exceeded}, the limit named in {@code limit}, its value in {@code maximum}).
 *
 * @param linesPerRequest    lines of one transfer, return, manufacturing order or inventory count
 * @param serialsPerRequest  serial numbers in one request, all its lines together (the bulk benchmark sends 10,000)
 * @param gs1InputLength     characters of one GS1 code (scan, element string, Digital Link URI)
 * @param jsonStringLength   characters of one JSON string value (a pasted list of 100,000 serials is one string)
 * @param jsonNestingDepth   nested JSON objects and arrays
 * @param jsonNumberLength   digits of one JSON number
 * @param jsonDocumentLength characters of one JSON body
 */
@ConfigurationProperties("stocktrace.limits")
public record Limits(
        @DefaultValue("100000") int linesPerRequest,
        @DefaultValue("100000") int serialsPerRequest,
        @DefaultValue("1000") int gs1InputLength,
        @DefaultValue("5000000") int jsonStringLength,
        @DefaultValue("64") int jsonNestingDepth,
        @DefaultValue("100") int jsonNumberLength,
        @DefaultValue("50000000") long jsonDocumentLength) {

    /** The largest page a list returns ({@code limit}, {@code perPage}); fixed, as clients page through more. */
    public static final int PAGE_SIZE = 1000;

    /** Identifiers ({@code MATCH_anyEPC} and {@code MATCH_epcClass} together) in one EPCIS query; each is a lookup. */
    public static final int EPCIS_IDENTIFIERS_PER_QUERY = 1000;

    /** The policy with every default, for plain Java callers and tests. */
    public static Limits defaults() {
        return new Limits(100_000, 100_000, 1000, 5_000_000, 64, 100, 50_000_000L);
    }

    public void requireLines(String field, int lines) {
        requireAtMost("linesPerRequest", field, lines, linesPerRequest, "lines");
    }

    public void requireSerials(String field, long serials) {
        requireAtMost("serialsPerRequest", field, serials, serialsPerRequest, "serial numbers");
    }

    public void requireGs1Length(String field, String code) {
        requireAtMost("gs1InputLength", field, code == null ? 0 : code.length(), gs1InputLength, "characters");
    }

    /**
     * The problem for a JSON body that broke one of the read constraints, named from Jackson's message (which names
     * the constraint's getter, e.g. {@code StreamReadConstraints.getMaxNestingDepth()}).
     */
    public static StocktraceException jsonLimitExceeded(String jacksonMessage) {
        String message = jacksonMessage == null ? "" : jacksonMessage;
        String limit = message.contains("MaxStringLength") ? "jsonStringLength"
                : message.contains("MaxNestingDepth") ? "jsonNestingDepth"
                : message.contains("MaxNumberLength") ? "jsonNumberLength"
                : message.contains("MaxDocumentLength") ? "jsonDocumentLength" : "json";
        return new StocktraceException(ProblemType.LIMIT_EXCEEDED,
                "The request body is over a limit (" + limit + "): " + message, List.of(), Map.of("limit", limit));
    }

    /** Refuses {@code actual} above {@code maximum} with the problem of limit {@code limit}, pinned to {@code field}. */
    public static void requireAtMost(String limit, String field, long actual, long maximum, String what) {
        if (actual > maximum) {
            String detail = field + ": " + actual + " " + what + ", more than the " + maximum + " one request may carry ("
                    + limit + ").";
            throw new StocktraceException(ProblemType.LIMIT_EXCEEDED, detail,
                    List.of(new FieldProblem(field, "at most " + maximum + " " + what)),
                    Map.of("limit", limit, "maximum", maximum));
        }
    }
}
