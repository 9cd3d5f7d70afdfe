package io.stocktrace.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Builders for the stories tests tell: products, partners, receipts, deliveries, through the public API. */
public final class Scenario {
    private final Http http;

    Scenario(Http http) {
        this.http = http;
    }

    public long product(String sku, String tracking) {
        var r = http.post("/api/v1/products", Map.of("sku", sku, "name", sku + " name", "tracking", tracking));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    public long partner(String name) {
        var r = http.post("/api/v1/partners", Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.com"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    public long location(String name, long parentId) {
        var r = http.post("/api/v1/locations", Map.of("name", name, "parentId", parentId, "usage", "internal"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    /** A done receipt of serials of one product. */
    public JsonNode receivedSerials(long productId, String... serials) {
        return done(transfer("receipt", null, line(productId, null, List.of(serials), null)));
    }

    /** A done receipt of a quantity of one lot. */
    public JsonNode receivedLot(long productId, String lot, Number quantity) {
        return done(transfer("receipt", null, line(productId, lot, null, quantity)));
    }

    public JsonNode done(JsonNode draft) {
        var r = http.post("/api/v1/transfers/" + draft.path("id").asLong() + "/validate", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public JsonNode transfer(String type, Long partnerId, Map<String, Object>... lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        if (partnerId != null) {
            body.put("partnerId", partnerId);
        }
        body.put("lines", List.of(lines));
        var r = http.post("/api/v1/transfers", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    public static Map<String, Object> line(long productId, String lot, List<String> serials, Number quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", productId);
        if (lot != null) {
            line.put("lot", lot);
        }
        if (serials != null) {
            line.put("serials", new ArrayList<>(serials));
        }
        if (quantity != null) {
            line.put("quantity", quantity);
        }
        return line;
    }

    public long lotId(long productId, String name) {
        var r = http.get("/api/v1/lots?productId=" + productId + "&name=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.json().path("total").asLong()).as(r.body()).isEqualTo(1);
        return r.json().path("items").get(0).path("id").asLong();
    }
}
