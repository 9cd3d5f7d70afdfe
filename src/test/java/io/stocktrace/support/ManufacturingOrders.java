package io.stocktrace.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of {@code POST /manufacturing-orders}; fields given as null are left out. */
public final class ManufacturingOrders {
    private ManufacturingOrders() {
    }

    public static Map<String, Object> component(long productId, Number quantity, String lot, String forSerial) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("productId", productId);
        putIfPresent(c, "quantity", quantity);
        putIfPresent(c, "lot", lot);
        putIfPresent(c, "forSerial", forSerial);
        return c;
    }

    @SafeVarargs
    public static Map<String, Object> order(long productId, Number quantity, String lot, List<String> serials, boolean validate,
                                            Map<String, Object>... components) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        putIfPresent(body, "quantity", quantity);
        putIfPresent(body, "lot", lot);
        putIfPresent(body, "serials", serials);
        body.put("components", List.of(components));
        body.put("validate", validate);
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
