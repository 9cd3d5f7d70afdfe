package io.stocktrace.epcis.subscription;

import io.stocktrace.epcis.EpcIdentifiers;
import io.stocktrace.epcis.EpcIdentifiers.EpcKey;
import io.stocktrace.problem.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a subscription wants, in the EPCIS query binding's words: events of one of {@code EQ_bizStep}, naming one of
 * {@code MATCH_anyEPC} (instances) or {@code MATCH_epcClass} (classes, a GTIN class taking every lot of it), sent to
 * one of {@code EQ_destination} (a party or location of the event's destination list). An empty list does not filter.
 */
public record SubscriptionQuery(List<String> bizSteps, List<String> anyEpc, List<String> epcClass, List<String> destinations) {
    public static final List<String> PARAMETERS = List.of("EQ_bizStep", "MATCH_anyEPC", "MATCH_epcClass", "EQ_destination");
    static final int MAX_VALUES = 100;
    static final int MAX_VALUE_LENGTH = 500;
    private static final String BIZ_STEP_URI = "https://ref.gs1.org/cbv/BizStep-";
    private static final String BIZ_STEP_URN = "urn:epcglobal:cbv:bizstep:";

    public SubscriptionQuery {
        bizSteps = List.copyOf(bizSteps);
        anyEpc = List.copyOf(anyEpc);
        epcClass = List.copyOf(epcClass);
        destinations = List.copyOf(destinations);
    }

    /**
     * The query as a client gives it, parameter name to values; every bad parameter is reported at once under
     * {@code query.<name>}. Business steps may be CBV short names, URIs or EPCIS 1.x URNs.
     */
    public static SubscriptionQuery of(Map<String, List<String>> given) {
        Map<String, List<String>> query = given == null ? Map.of() : given;
        Validation validation = new Validation();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String field = "query." + parameter.getKey();
            validation.require(PARAMETERS.contains(parameter.getKey()), field, "is not a parameter a subscription takes: "
                    + String.join(", ", PARAMETERS));
            List<String> values = parameter.getValue() == null ? List.of() : parameter.getValue();
            validation.require(values.size() <= MAX_VALUES, field, "has " + values.size() + " values, at most " + MAX_VALUES);
            validation.require(values.stream().allMatch(v -> v != null && !v.isBlank() && v.length() <= MAX_VALUE_LENGTH
                    && v.codePoints().allMatch(c -> c > 0x20 && c != 0x7f)), field,
                    "values must be 1 to " + MAX_VALUE_LENGTH + " characters without spaces or control characters");
        }
        validation.throwIfAny();
        return new SubscriptionQuery(values(query, "EQ_bizStep").stream().map(SubscriptionQuery::shortBizStep).toList(),
                values(query, "MATCH_anyEPC"), values(query, "MATCH_epcClass"), values(query, "EQ_destination"));
    }

    /** The query as its parameters, for storing and showing; parameters without values left out. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        List<List<String>> lists = List.of(bizSteps, anyEpc, epcClass, destinations);
        for (int i = 0; i < PARAMETERS.size(); i++) {
            if (!lists.get(i).isEmpty()) {
                parameters.put(PARAMETERS.get(i), lists.get(i));
            }
        }
        return parameters;
    }

    /** Whether this EPCIS event (as {@code io.stocktrace.epcis.EpcisEvents} writes it) answers the query. */
    public boolean matches(Map<String, Object> event) {
        return (bizSteps.isEmpty() || bizSteps.contains(String.valueOf(event.get("bizStep"))))
                && (anyEpc.isEmpty() || names(event, keys(anyEpc), "epcList", "inputEPCList", "outputEPCList"))
                && (epcClass.isEmpty() || names(event, keys(epcClass), "quantityList", "inputQuantityList", "outputQuantityList"))
                && (destinations.isEmpty() || sentToOneOf(event));
    }

    private boolean sentToOneOf(Map<String, Object> event) {
        if (event.get("destinationList") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> destination && destinations.contains(String.valueOf(destination.get("destination")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Identifiers compared as keys, so that a URN and a Digital Link URI of the same lot match. */
    private static boolean names(Map<String, Object> event, List<EpcKey> wanted, String... fields) {
        for (String field : fields) {
            if (!(event.get(field) instanceof List<?> values)) {
                continue;
            }
            for (Object value : values) {
                Object uri = value instanceof Map<?, ?> quantity ? quantity.get("epcClass") : value;
                Optional<EpcKey> key = uri == null ? Optional.empty() : EpcIdentifiers.parse(uri.toString());
                if (key.isPresent() && wanted.stream().anyMatch(w -> covers(w, key.get()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(EpcKey wanted, EpcKey found) {
        return wanted.equals(found) || wanted.serial() == null && wanted.lot() == null && wanted.gtin14().equals(found.gtin14());
    }

    private static List<EpcKey> keys(List<String> uris) {
        return uris.stream().map(EpcIdentifiers::parse).flatMap(Optional::stream).toList();
    }

    private static List<String> values(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null ? List.of() : new ArrayList<>(values.stream().map(String::strip).toList());
    }

    static String shortBizStep(String step) {
        if (step.startsWith(BIZ_STEP_URI)) {
            return step.substring(BIZ_STEP_URI.length());
        }
        return step.startsWith(BIZ_STEP_URN) ? step.substring(BIZ_STEP_URN.length()) : step;
    }
}
