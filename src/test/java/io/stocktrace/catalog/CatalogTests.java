package io.stocktrace.catalog;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Products, partners and locations through the API: creation, lists and filters, PATCH semantics, the location tree. */
abstract class CatalogTests extends ApiTest {

    // products

    @Test
    void creates_a_product_with_a_valid_gtin_and_answers_where_it_is() {
        var r = admin.post("/api/v1/products", Map.of("sku", "MILK-1L", "name", "Milk 1L", "tracking", "lot",
                "uom", "Units", "gtin", "09506000134352",
                "expiry", Map.of("expirationDays", 10, "bestBeforeDays", 7, "removalDays", 8, "alertDays", 2)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.at("/id").asLong();
        assertThat(r.headers().get("location")).endsWith("/api/v1/products/" + id);
        var read = admin.get("/api/v1/products/" + id);
        assertThat(read.at("/sku").asString()).isEqualTo("MILK-1L");
        assertThat(read.at("/tracking").asString()).isEqualTo("lot");
        assertThat(read.at("/gtin").asString()).isEqualTo("09506000134352");
        assertThat(read.at("/expiry/expirationDays").asInt()).isEqualTo(10);
        assertThat(read.at("/expiry/alertDays").asInt()).isEqualTo(2);
    }

    @Test
    void defaults_tracking_to_none_and_the_unit_to_units() {
        var r = admin.post("/api/v1/products", Map.of("sku", "BOLT", "name", "Bolt"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.at("/tracking").asString()).isEqualTo("none");
        assertThat(r.at("/uom").asString()).isEqualTo("Units");
    }

    @Test
    void refuses_a_gtin_with_a_wrong_check_digit() {
        var r = changesNothing(() -> admin.post("/api/v1/products",
                Map.of("sku", "MILK-1L", "name", "Milk 1L", "gtin", "09506000134353")));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("gtin");
        assertThat(fields(changesNothing(() -> admin.post("/api/v1/products",
                Map.of("sku", "MILK-1L", "name", "Milk 1L", "gtin", "95060001343"))))).containsExactly("gtin");
    }

    @Test
    void refuses_a_product_without_sku_or_name() {
        var r = changesNothing(() -> admin.post("/api/v1/products", Map.of("tracking", "none")));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactlyInAnyOrder("sku", "name");
    }

    @Test
    void refuses_a_duplicate_sku_with_409() {
        given.product("BOLT", "none");
        var r = changesNothing(() -> admin.post("/api/v1/products", Map.of("sku", "BOLT", "name", "Another bolt")));
        assertProblem(r, 409, "conflict", "BOLT");
        assertThat(fields(r)).containsExactly("sku");
        assertThat(admin.get("/api/v1/products?q=bolt").at("/total").asInt()).isEqualTo(1);
    }

    @Test
    void refuses_a_gtin_that_belongs_to_another_product() {
        admin.post("/api/v1/products", Map.of("sku", "MILK-1L", "name", "Milk", "gtin", "09506000134352"));
        var r = changesNothing(() -> admin.post("/api/v1/products",
                Map.of("sku", "MILK-2L", "name", "Milk 2L", "gtin", "09506000134352")));
        assertProblem(r, 409, "conflict", "09506000134352", "MILK-1L");
        assertThat(fields(r)).containsExactly("gtin");
    }

    @Test
    void lists_products_filtered_by_tracking_and_text() {
        given.product("BOLT-M8", "none");
        given.product("MILK-1L", "lot");
        given.product("PHONE-X", "serial");
        given.product("MILK-2L", "lot");
        var lots = admin.get("/api/v1/products?tracking=lot");
        assertThat(lots.json().path("items").findValuesAsString("sku")).containsExactly("MILK-1L", "MILK-2L");
        assertThat(lots.at("/total").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/products?q=phone").json().path("items").findValuesAsString("sku"))
                .containsExactly("PHONE-X");
        assertThat(admin.get("/api/v1/products?q=2L%20name&tracking=lot").json().path("items").findValuesAsString("sku"))
                .containsExactly("MILK-2L");
        assertThat(admin.get("/api/v1/products?q=milk&tracking=serial").at("/total").asInt()).isZero();
        assertThat(admin.get("/api/v1/products").at("/total").asInt()).isEqualTo(4);
        var bad = admin.get("/api/v1/products?tracking=batch");
        assertProblem(bad, 422, "validation-failed");
        assertThat(fields(bad)).containsExactly("tracking");
    }

    @Test
    void searches_product_text_literally_without_wildcards() {
        given.product("BOLT_M8", "none");
        given.product("BOLTXM8", "none");
        given.product("RATE-100%", "none");
        assertThat(admin.get("/api/v1/products?q=t_m").json().path("items").findValuesAsString("sku"))
                .containsExactly("BOLT_M8");
        assertThat(admin.get("/api/v1/products?q=%25").json().path("items").findValuesAsString("sku"))
                .containsExactly("RATE-100%");
    }

    @Test
    void clears_a_field_sent_as_null_and_keeps_a_field_left_out() {
        var created = admin.post("/api/v1/products", Map.of("sku", "MILK-1L", "name", "Milk 1L", "tracking", "lot",
                "uom", "Bottles", "gtin", "09506000134352", "expiry", Map.of("expirationDays", 10, "alertDays", 2)));
        long id = created.at("/id").asLong();
        Map<String, Object> patch = new HashMap<>();
        patch.put("gtin", null);
        patch.put("expiry", null);
        patch.put("name", "Whole milk 1L");
        var r = admin.patch("/api/v1/products/" + id, patch);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var read = admin.get("/api/v1/products/" + id);
        assertThat(read.at("/name").asString()).isEqualTo("Whole milk 1L");
        assertThat(read.json().path("gtin").isNull()).as(read.body()).isTrue();
        assertThat(read.json().path("expiry").isNull()).as(read.body()).isTrue();
        assertThat(read.at("/uom").asString()).isEqualTo("Bottles");
        assertThat(read.at("/tracking").asString()).isEqualTo("lot");
        assertThat(read.at("/sku").asString()).isEqualTo("MILK-1L");

        var emptyPatch = admin.patch("/api/v1/products/" + id, Map.of());
        assertThat(emptyPatch.status()).isEqualTo(200);
        assertThat(emptyPatch.at("/name").asString()).isEqualTo("Whole milk 1L");

        Map<String, Object> clearName = new HashMap<>();
        clearName.put("name", null);
        var refused = changesNothing(() -> admin.patch("/api/v1/products/" + id, clearName));
        assertProblem(refused, 422, "validation-failed");
        assertThat(fields(refused)).containsExactly("name");
        assertThat(admin.get("/api/v1/products/" + id).at("/name").asString()).isEqualTo("Whole milk 1L");
    }

    @Test
    void changes_tracking_of_a_product_without_stock() {
        long bolts = given.product("BOLT", "none");
        var r = admin.patch("/api/v1/products/" + bolts, Map.of("tracking", "serial"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/tracking").asString()).isEqualTo("serial");
    }

    // partners

    @Test
    void creates_reads_and_lists_partners() {
        var r = admin.post("/api/v1/partners", Map.of("name", "Dairy Farm", "email", "orders@dairy.example", "phone", "+49 30 1234"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.at("/id").asLong();
        assertThat(r.headers().get("location")).endsWith("/api/v1/partners/" + id);
        var read = admin.get("/api/v1/partners/" + id);
        assertThat(read.at("/name").asString()).isEqualTo("Dairy Farm");
        assertThat(read.at("/email").asString()).isEqualTo("orders@dairy.example");
        assertThat(read.at("/phone").asString()).isEqualTo("+49 30 1234");
        given.partner("Corner Shop");
        assertThat(admin.get("/api/v1/partners").json().path("items").findValuesAsString("name"))
                .containsExactly("Corner Shop", "Dairy Farm");
        assertThat(admin.get("/api/v1/partners?q=dairy").json().path("items").findValuesAsString("name"))
                .containsExactly("Dairy Farm");
        assertProblem(admin.get("/api/v1/partners/9999"), 404, "not-found", "9999");
    }

    @Test
    void refuses_a_partner_without_name_or_with_a_bad_email() {
        var r = changesNothing(() -> admin.post("/api/v1/partners", Map.of("name", " ", "email", "not an address")));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactlyInAnyOrder("name", "email");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partners").query(Long.class).single()).isZero();
        assertProblem(userWithRole("operator").post("/api/v1/partners", Map.of("name", "Sneaky")), 403, "forbidden");
    }

    // locations

    @Test
    void starts_with_the_seeded_locations() {
        var all = admin.get("/api/v1/locations");
        assertThat(all.json().path("items").findValuesAsString("fullName")).contains("WH", "WH/Stock",
                "Partners/Vendors", "Partners/Customers", "Virtual Locations/Production",
                "Virtual Locations/Inventory adjustment", "Virtual Locations/Scrap");
        Map<String, String> usages = new HashMap<>();
        all.json().path("items").forEach(l -> usages.put(l.path("fullName").asString(), l.path("usage").asString()));
        assertThat(usages).containsEntry("WH", "view").containsEntry("WH/Stock", "internal")
                .containsEntry("Partners/Vendors", "supplier").containsEntry("Partners/Customers", "customer")
                .containsEntry("Virtual Locations/Production", "production")
                .containsEntry("Virtual Locations/Inventory adjustment", "inventory")
                .containsEntry("Virtual Locations/Scrap", "scrap");
        var stock = admin.get("/api/v1/locations/" + Locations.STOCK);
        assertThat(stock.at("/fullName").asString()).isEqualTo("WH/Stock");
        assertThat(stock.at("/parentId").asLong()).isEqualTo(Locations.WAREHOUSE);
    }

    @Test
    void builds_the_full_name_of_a_child_location_from_its_parents() {
        long shelf = given.location("Shelf 1", Locations.STOCK);
        var created = admin.post("/api/v1/locations", Map.of("name", "Bin A", "parentId", shelf, "usage", "internal"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.at("/fullName").asString()).isEqualTo("WH/Stock/Shelf 1/Bin A");
        var read = admin.get("/api/v1/locations/" + shelf);
        assertThat(read.at("/fullName").asString()).isEqualTo("WH/Stock/Shelf 1");
        assertThat(read.at("/name").asString()).isEqualTo("Shelf 1");
        assertThat(read.at("/parentId").asLong()).isEqualTo(Locations.STOCK);
        assertThat(read.at("/usage").asString()).isEqualTo("internal");
        var top = admin.post("/api/v1/locations", Map.of("name", "Truck 4", "usage", "transit"));
        assertThat(top.status()).as(top.body()).isEqualTo(201);
        assertThat(top.at("/fullName").asString()).isEqualTo("Truck 4");
        assertThat(top.json().path("parentId").isNull()).as(top.body()).isTrue();
    }

    @Test
    void lists_locations_by_usage() {
        given.location("Shelf 1", Locations.STOCK);
        var internal = admin.get("/api/v1/locations?usage=internal");
        assertThat(internal.json().path("items").findValuesAsString("fullName")).containsExactly("WH/Stock", "WH/Stock/Shelf 1");
        assertThat(internal.at("/total").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/locations?usage=customer").json().path("items").findValuesAsString("fullName"))
                .containsExactly("Partners/Customers");
        var bad = admin.get("/api/v1/locations?usage=warehouse");
        assertProblem(bad, 422, "validation-failed");
        assertThat(fields(bad)).containsExactly("usage");
    }

    @Test
    void refuses_bad_locations() {
        var r = changesNothing(() -> admin.post("/api/v1/locations", Map.of("name", "A/B", "parentId", 4242, "usage", "attic")));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactlyInAnyOrder("name", "usage", "parentId");
        given.location("Shelf 1", Locations.STOCK);
        long before = locationCount();
        var duplicate = admin.post("/api/v1/locations", Map.of("name", "Shelf 1", "parentId", Locations.STOCK, "usage", "internal"));
        assertProblem(duplicate, 409, "conflict", "WH/Stock/Shelf 1");
        assertThat(locationCount()).isEqualTo(before);
        Http operator = userWithRole("operator");
        assertProblem(operator.post("/api/v1/locations", Map.of("name", "Shelf 2", "parentId", Locations.STOCK,
                "usage", "internal")), 403, "forbidden");
        assertThat(locationCount()).isEqualTo(before);
    }

    private long locationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM locations").query(Long.class).single();
    }
}
