package io.stocktrace.epcis;

import io.stocktrace.limits.Limits;
import io.stocktrace.problem.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The query binding's parameters as they arrive (values repeated or comma-separated, times with their offset, the
 * page token this server gave) read into an {@link EpcisQuery}; every bad parameter is reported at once. Plain Java,
 * so that it is fuzzed without a server.
 */
final class EpcisQueryParameters {
    private static final String BIZ_STEP_URI = "https://ref.gs1.org/cbv/BizStep-";
    private static final String BIZ_STEP_URN = "urn:epcglobal:cbv:bizstep:";
    private static final String TOKEN_PREFIX = "offset:";

    private EpcisQueryParameters() {
    }

    static EpcisQuery read(List<String> anyEpc, List<String> epcClass, List<String> bizSteps, String from, String to,
                           int perPage, String nextPageToken) {
        Validation validation = new Validation();
        Instant fromTime = time(from, "GE_eventTime", validation);
        Instant toTime = time(to, "LT_eventTime", validation);
        validation.require(perPage >= 1 && perPage <= EpcisQuery.MAX_PER_PAGE, "perPage",
                "must be between 1 and " + EpcisQuery.MAX_PER_PAGE);
        int offset = offset(nextPageToken, validation);
        validation.throwIfAny();
        List<String> instances = split(anyEpc);
        List<String> classes = split(epcClass);
        Limits.requireAtMost("epcisIdentifiersPerQuery", "MATCH_anyEPC", instances.size() + classes.size(),
                Limits.EPCIS_IDENTIFIERS_PER_QUERY, "identifiers");
        return new EpcisQuery(instances, classes,
                split(bizSteps).stream().map(EpcisQueryParameters::shortBizStep).toList(), fromTime, toTime, perPage,
                offset);
    }

    static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** CBV short names are what events carry; the full URI and the EPCIS 1.x URN mean the same step. */
    static String shortBizStep(String step) {
        if (step.startsWith(BIZ_STEP_URI)) {
            return step.substring(BIZ_STEP_URI.length());
        }
        return step.startsWith(BIZ_STEP_URN) ? step.substring(BIZ_STEP_URN.length()) : step;
    }

    private static List<String> split(List<String> values) {
        List<String> all = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String trimmed = part.trim();
                    if (!trimmed.isEmpty()) {
                        all.add(trimmed);
                    }
                }
            }
        }
        return all;
    }

    private static Instant time(String value, String field, Validation validation) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            validation.require(false, field, "must be a date-time with its offset, e.g. 2026-11-26T00:00:00Z");
            return null;
        }
    }

    private static int offset(String token, Validation validation) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int offset = decoded.startsWith(TOKEN_PREFIX) ? Integer.parseInt(decoded.substring(TOKEN_PREFIX.length())) : -1;
            if (offset >= 0) {
                return offset;
            }
        } catch (IllegalArgumentException notOurs) {
            // reported below
        }
        validation.require(false, "nextPageToken", "is not a token this server gave: start again without it");
        return 0;
    }
}
