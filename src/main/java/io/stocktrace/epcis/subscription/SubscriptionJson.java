package io.stocktrace.epcis.subscription;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A subscription's query as it is stored: its parameters as a JSON object of lists. */
final class SubscriptionJson {
    private static final TypeReference<Map<String, List<String>>> PARAMETERS = new TypeReference<>() {
    };

    private SubscriptionJson() {
    }

    static Map<String, List<String>> query(JsonMapper json, String stored) {
        return json.readValue(stored, PARAMETERS);
    }

    static String of(JsonMapper json, SubscriptionQuery query) {
        return json.writeValueAsString(query.parameters());
    }
}
