package io.stocktrace.epcis.subscription;

import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * A new subscription as a client asks for it, validated: a name of 1 to 100 characters without control characters
 * (the name of its query), an absolute http or https URL of at most 2,000 characters, and the query.
 */
public record SubscriptionRequest(String name, URI destination, SubscriptionQuery query) {
    static final int MAX_NAME = 100;
    static final int MAX_URL = 2000;

    public static SubscriptionRequest of(String name, String url, Map<String, List<String>> query) {
        Validation validation = new Validation();
        String trimmed = name == null ? "" : name.strip();
        validation.require(!trimmed.isEmpty() && trimmed.length() <= MAX_NAME
                        && trimmed.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f), "name",
                "must be 1 to " + MAX_NAME + " characters without control characters");
        URI destination = destination(url, validation);
        SubscriptionQuery parsed = null;
        try {
            parsed = SubscriptionQuery.of(query);
        } catch (StocktraceException e) {
            e.errors().forEach(problem -> validation.add(problem.field(), problem.message()));
        }
        validation.throwIfAny();
        return new SubscriptionRequest(trimmed, destination, parsed);
    }

    private static URI destination(String url, Validation validation) {
        String message = "must be an absolute http or https URL of at most " + MAX_URL + " characters";
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            validation.add("destination", message);
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        validation.add("destination", message + " (no user name or password in it)");
        return null;
    }
}
