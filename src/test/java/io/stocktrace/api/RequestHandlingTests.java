package io.stocktrace.api;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every request goes through: idempotency keys, JSON reading, text kept as sent, paging, docs, health, settings. */
abstract class RequestHandlingTests extends ApiTest {
    private static final String SCRIPT_LOT = "<script>alert(1)</script>";
    private static final String UNICODE_LOT = "Lot-Ünïcødé-批次-🧪";

    @Test
    void replays_a_repeated_idempotency_key_without_creating_anything_more() {
        long bolts = given.product("BOLT", "none");
        Http keyed = admin.header("Idempotency-Key", "receipt-7f3a");
        Map<String, Object> body = Map.of("type", "receipt", "origin", "PO-42", "lines", List.of(line(bolts, null, null, 12)));
        var first = keyed.post("/api/v1/transfers", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var again = keyed.post("/api/v1/transfers", body);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().get("location")).isEqualTo(first.headers().get("location"));
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM transfers").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM transfer_lines").query(Long.class).single()).isEqualTo(1);

        var otherKey = admin.header("Idempotency-Key", "receipt-8b21").post("/api/v1/transfers", body);
        assertThat(otherKey.status()).isEqualTo(201);
        assertThat(otherKey.at("/reference").asString()).isEqualTo("WH/IN/00002");
    }

    @Test
    void refuses_the_same_idempotency_key_with_another_body() {
        long bolts = given.product("BOLT", "none");
        Http keyed = admin.header("Idempotency-Key", "receipt-7f3a");
        var first = keyed.post("/api/v1/transfers", Map.of("type", "receipt", "lines", List.of(line(bolts, null, null, 12))));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var r = changesNothing(() -> keyed.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(bolts, null, null, 13)))));
        assertProblem(r, 422, "idempotency-key-reused", "receipt-7f3a");
    }

    @Test
    void lets_a_failed_request_be_retried_with_the_same_idempotency_key() {
        long milk = given.product("MILK", "lot");
        Http keyed = admin.header("Idempotency-Key", "retry-1");
        Map<String, Object> body = Map.of("type", "receipt", "lines", List.of(line(milk, null, null, 3)));
        assertProblem(keyed.post("/api/v1/transfers", body), 422, "lot-required");
        assertProblem(keyed.post("/api/v1/transfers", body), 422, "lot-required");
    }

    @Test
    void refuses_malformed_json_as_validation_failed() {
        var r = changesNothing(() -> admin.postRaw("/api/v1/transfers", "{\"type\": \"receipt\", \"lines\": [", "application/json"));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).isNotEmpty();
        var trailing = changesNothing(() -> admin.postRaw("/api/v1/products",
                "{\"sku\": \"A\", \"name\": \"A\"} {\"sku\": \"B\"}", "application/json"));
        assertProblem(trailing, 422, "validation-failed");
    }

    @Test
    void names_the_field_whose_json_value_has_the_wrong_type() {
        long bolts = given.product("BOLT", "none");
        var r = changesNothing(() -> admin.postRaw("/api/v1/transfers", "{\"type\": \"receipt\", \"lines\": [{\"productId\": "
                + bolts + ", \"quantity\": 1}, {\"productId\": " + bolts + ", \"quantity\": \"a dozen\"}]}", "application/json"));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("lines[1].quantity");
    }

    @Test
    void keeps_markup_and_unicode_in_lot_names_byte_for_byte() {
        long milk = given.product("MILK", "lot");
        var receipt = given.done(given.transfer("receipt", null, line(milk, SCRIPT_LOT, null, 2),
                line(milk, UNICODE_LOT, null, 3)));
        assertThat(receipt.path("lines").findValuesAsString("lot")).containsExactlyInAnyOrder(SCRIPT_LOT, UNICODE_LOT);

        for (String name : List.of(SCRIPT_LOT, UNICODE_LOT)) {
            long id = given.lotId(milk, name);
            var lot = admin.get("/api/v1/lots/" + id);
            assertThat(lot.at("/name").asString()).isEqualTo(name);
            assertThat(lot.at("/name").asString().getBytes(StandardCharsets.UTF_8)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
            assertThat(jdbc.sql("SELECT name FROM lots WHERE id = :id").param("id", id).query(String.class).single())
                    .isEqualTo(name);
            var byQuery = admin.get("/api/v1/lots?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            assertThat(byQuery.json().path("items").findValuesAsString("name")).containsExactly(name);
        }
        var list = admin.get("/api/v1/lots?productId=" + milk);
        assertThat(list.json().path("items").findValuesAsString("name")).containsExactlyInAnyOrder(SCRIPT_LOT, UNICODE_LOT);
        assertThat(list.contentType()).startsWith("application/json");
    }

    @Test
    void counts_lot_name_length_in_characters_not_in_utf16_units() {
        long milk = given.product("MILK", "lot");
        String longest = "🧪".repeat(128);
        given.done(given.transfer("receipt", null, line(milk, longest, null, 1)));
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, longest)).at("/name").asString()).isEqualTo(longest);
        var tooLong = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(line(milk, "x" + longest, null, 1)))));
        assertProblem(tooLong, 422, "validation-failed");
        assertThat(fields(tooLong)).containsExactly("lines[0].lot");
    }

    @Test
    void finds_lots_by_text_literally_without_wildcards() {
        long milk = given.product("MILK", "lot");
        given.done(given.transfer("receipt", null, line(milk, "A_1", null, 1), line(milk, "AB1", null, 1)));
        assertThat(admin.get("/api/v1/lots?q=a_1").json().path("items").findValuesAsString("name")).containsExactly("A_1");
    }

    @Test
    void refuses_lot_names_with_control_characters() {
        long milk = given.product("MILK", "lot");
        long phone = given.product("PHONE", "serial");
        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(line(milk, "L-1\nL-2", null, 2), line(phone, null, List.of("SN-1", "SN\u00072"), null)))));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("lines[0].lot", "lines[1].serials[1]");
        var lot = changesNothing(() -> admin.post("/api/v1/lots", Map.of("productId", milk, "name", "L\t1")));
        assertProblem(lot, 422, "validation-failed");
        assertThat(fields(lot)).containsExactly("name");
    }

    @Test
    void pages_collections_with_limit_and_offset() {
        for (String name : List.of("Alpha", "Bravo", "Charlie", "Delta")) {
            given.partner(name);
        }
        var page = admin.get("/api/v1/partners?limit=2&offset=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").findValuesAsString("name")).containsExactly("Bravo", "Charlie");
        assertThat(page.at("/total").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/v1/partners?offset=3").json().path("items").findValuesAsString("name"))
                .containsExactly("Delta");
        assertThat(admin.get("/api/v1/partners?limit=1000").json().path("items").size()).isEqualTo(4);

        for (String path : List.of("/api/v1/partners", "/api/v1/products", "/api/v1/lots", "/api/v1/transfers",
                "/api/v1/locations", "/api/v1/users")) {
            var zero = admin.get(path + "?limit=0");
            assertProblem(zero, 422, "validation-failed");
            assertThat(fields(zero)).as(path).containsExactly("limit");
            var tooMany = admin.get(path + "?limit=1001");
            assertProblem(tooMany, 422, "validation-failed");
            assertThat(fields(tooMany)).as(path).containsExactly("limit");
            assertThat(fields(admin.get(path + "?offset=-1"))).as(path).containsExactly("offset");
        }
        var notANumber = admin.get("/api/v1/partners?limit=many");
        assertProblem(notANumber, 422, "validation-failed");
        assertThat(fields(notANumber)).containsExactly("limit");
    }

    @Test
    void publishes_the_openapi_document_listing_the_transfers() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        assertThat(docs.at("/openapi").asString()).startsWith("3.");
        assertThat(docs.json().path("paths").has("/api/v1/transfers")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/transfers/{id}/validate")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/lots/{id}")).isTrue();
    }

    @Test
    void reports_health_without_credentials() {
        var health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.at("/status").asString()).isEqualTo("UP");
    }

    @Test
    void round_trips_the_settings_for_managers_only() {
        var initial = admin.get("/api/v1/settings");
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.at("/lotsAndSerialNumbers").asBoolean()).isTrue();
        assertThat(initial.at("/expirationDates").asBoolean()).isTrue();

        Http manager = userWithRole("manager");
        var put = manager.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", false, "expirationDates", false));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.at("/lotsAndSerialNumbers").asBoolean()).isFalse();
        var read = userWithRole("viewer").get("/api/v1/settings");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.at("/lotsAndSerialNumbers").asBoolean()).isFalse();
        assertThat(read.at("/expirationDates").asBoolean()).isFalse();

        assertProblem(userWithRole("operator").put("/api/v1/settings",
                Map.of("lotsAndSerialNumbers", true, "expirationDates", true)), 403, "forbidden");
        var half = manager.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", true));
        assertProblem(half, 422, "validation-failed");
        assertThat(fields(half)).containsExactly("expirationDates");
        assertThat(admin.get("/api/v1/settings").at("/lotsAndSerialNumbers").asBoolean()).isFalse();
    }

    @Test
    void answers_unknown_paths_and_methods_as_problems() {
        assertProblem(admin.get("/api/v1/nothing-here"), 404, "not-found");
        assertProblem(admin.delete("/api/v1/products"), 405, "method-not-allowed");
        assertProblem(admin.postRaw("/api/v1/products", "sku=A", "application/x-www-form-urlencoded"), 415,
                "unsupported-media-type");
    }
}
