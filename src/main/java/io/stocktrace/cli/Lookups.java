package io.stocktrace.cli;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** People name products by SKU and lots by name; the API speaks ids. */
final class Lookups {
    private final ServerClient server;

    Lookups(ServerClient server) {
        this.server = server;
    }

    JsonNode product(String sku) {
        JsonNode page = server.get("/products" + ServerClient.query(Map.of("q", sku, "limit", 1000)));
        for (JsonNode product : page.path("items")) {
            if (product.path("sku").asString("").equals(sku)) {
                return product;
            }
        }
        throw CliFailure.failed("Not found: there is no product with SKU '" + sku + "'");
    }

    JsonNode lot(String name, String sku) {
        JsonNode product = product(sku);
        JsonNode page = server.get("/lots" + ServerClient.query(Map.of("productId", product.path("id").asLong(), "name", name)));
        JsonNode items = page.path("items");
        if (items.isEmpty()) {
            throw CliFailure.failed("Not found: product " + sku + " has no lot or serial number '" + name + "'");
        }
        return items.get(0);
    }
}
