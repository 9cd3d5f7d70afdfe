package io.stocktrace.api;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every code of the api.md error table that the stock ledger raises, through the HTTP API: status, problem+json,
 * code, a detail naming the product, lot or location, the field at fault, and a database left as it was.
 */
abstract class ErrorCodesTests extends ApiTest {

    // validation-failed

    @Test
    void refuses_a_transfer_with_missing_fields_and_names_each_of_them() {
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("lines", List.of(Map.of("quantity", 1), Map.of("productId", 1)))));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).contains("type", "lines[0].productId", "lines[1].quantity");
    }

    @Test
    void refuses_a_transfer_without_lines() {
        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt", "lines", List.of())));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("lines");
    }

    @Test
    void refuses_an_unknown_transfer_type() {
        long bolts = given.product("BOLT", "none");
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "teleport", "lines", List.of(line(bolts, null, null, 1)))));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("type");
    }

    @Test
    void refuses_an_unknown_tracking_mode_for_a_product() {
        var r = changesNothing(() -> admin.post("/api/v1/products",
                Map.of("sku", "BOLT", "name", "Bolt", "tracking", "batch")));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("tracking");
    }

    @Test
    void refuses_negative_and_zero_quantities_naming_the_line() {
        long bolts = given.product("BOLT", "none");
        long milk = given.product("MILK", "lot");
        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(line(bolts, null, null, 5), line(bolts, null, null, -5), line(milk, "M-1", null, 0)))));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("lines[1].quantity", "lines[2].quantity");
    }

    @Test
    void refuses_a_quantity_with_more_than_four_decimals() {
        long bolts = given.product("BOLT", "none");
        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(line(bolts, null, null, new java.math.BigDecimal("1.00001"))))));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("lines[0].quantity");
    }

    @Test
    void refuses_a_lot_line_without_quantity_as_a_missing_field() {
        long milk = given.product("MILK", "lot");
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(milk, "M-1", null, null)))));
        assertProblem(r, 422, "validation-failed");
        assertThat(fields(r)).containsExactly("lines[0].quantity");
    }

    @Test
    void refuses_a_line_naming_a_product_that_does_not_exist() {
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(999, null, null, 1)))));
        assertProblem(r, 422, "validation-failed", "999");
        assertThat(fields(r)).containsExactly("lines[0].productId");
    }

    // not-found

    @Test
    void answers_not_found_for_unknown_transfer_lot_and_product_ids() {
        assertProblem(admin.get("/api/v1/transfers/4242"), 404, "not-found", "4242");
        assertProblem(changesNothing(() -> admin.post("/api/v1/transfers/4242/validate", null)), 404, "not-found", "4242");
        assertProblem(changesNothing(() -> admin.post("/api/v1/transfers/4242/cancel", null)), 404, "not-found", "4242");
        assertProblem(admin.get("/api/v1/lots/4343"), 404, "not-found", "4343");
        assertProblem(changesNothing(() -> admin.patch("/api/v1/lots/4343", Map.of("ref", "x"))), 404, "not-found", "4343");
        assertProblem(admin.get("/api/v1/lots/4343/quants"), 404, "not-found", "4343");
        assertProblem(admin.get("/api/v1/products/4444"), 404, "not-found", "4444");
        assertProblem(changesNothing(() -> admin.patch("/api/v1/products/4444", Map.of("name", "x"))), 404, "not-found",
                "4444");
    }

    // feature-disabled

    @Test
    void refuses_a_lot_tracked_product_while_lots_are_switched_off() {
        lotsSwitched(false);
        var r = changesNothing(() -> admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot")));
        assertProblem(r, 409, "feature-disabled", "MILK");
        long bolts = given.product("BOLT", "none");
        var patch = changesNothing(() -> admin.patch("/api/v1/products/" + bolts, Map.of("tracking", "serial")));
        assertProblem(patch, 409, "feature-disabled", "BOLT");
    }

    @Test
    void refuses_a_transfer_naming_a_lot_while_lots_are_switched_off() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "M-1", 10);
        lotsSwitched(false);
        var receipt = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(milk, "M-2", null, 5)))));
        assertProblem(receipt, 409, "feature-disabled", "MILK");
        var delivery = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "delivery", "lines", List.of(line(milk, "M-1", null, 5)))));
        assertProblem(delivery, 409, "feature-disabled", "MILK");
    }

    // lot-required, lot-not-allowed

    @Test
    void refuses_a_receipt_line_of_a_tracked_product_without_lot() {
        long milk = given.product("MILK", "lot");
        long phone = given.product("PHONE", "serial");
        var lot = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(milk, null, null, 5)))));
        assertProblem(lot, 422, "lot-required", "MILK");
        assertThat(fields(lot)).containsExactly("lines[0].lot");
        var serial = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(milk, "M-1", null, 5), line(phone, null, null, 2)))));
        assertProblem(serial, 422, "lot-required", "PHONE");
        assertThat(fields(serial)).containsExactly("lines[1].lot");
    }

    @Test
    void refuses_a_lot_on_an_untracked_product() {
        long bolts = given.product("BOLT", "none");
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(bolts, "B-1", null, 5)))));
        assertProblem(r, 422, "lot-not-allowed", "BOLT");
        assertThat(fields(r)).containsExactly("lines[0].lot");
        var lot = changesNothing(() -> admin.post("/api/v1/lots", Map.of("productId", bolts, "name", "B-1")));
        assertProblem(lot, 422, "lot-not-allowed", "BOLT");
        assertThat(fields(lot)).containsExactly("name");
    }

    // serial-quantity-not-one, duplicate-serial-in-transfer

    @Test
    void refuses_a_serial_line_whose_quantity_is_not_one() {
        long phone = given.product("PHONE", "serial");
        var named = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(phone, "SN-1", null, 2)))));
        assertProblem(named, 422, "serial-quantity-not-one", "PHONE");
        assertThat(fields(named)).containsExactly("lines[0].quantity");
        var listed = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(phone, null, List.of("SN-1", "SN-2"), 3)))));
        assertProblem(listed, 422, "serial-quantity-not-one", "PHONE");
        assertThat(fields(listed)).containsExactly("lines[0].quantity");
        given.receivedSerials(phone, "SN-7", "SN-8");
        var fraction = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "delivery", "lines", List.of(line(phone, null, null, 1.5)))));
        assertProblem(fraction, 422, "serial-quantity-not-one", "PHONE");
        assertThat(fields(fraction)).containsExactly("lines[0].quantity");
    }

    @Test
    void refuses_the_same_serial_twice_in_one_transfer() {
        long phone = given.product("PHONE", "serial");
        var inOneLine = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(phone, null, List.of("SN-1", "SN-2", "SN-1"), null)))));
        assertProblem(inOneLine, 422, "duplicate-serial-in-transfer", "SN-1", "PHONE");
        assertThat(fields(inOneLine)).containsExactly("lines[0].serials[2]");
        var acrossLines = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(line(phone, null, List.of("SN-1"), null), line(phone, "SN-1", null, 1)))));
        assertProblem(acrossLines, 422, "duplicate-serial-in-transfer", "SN-1", "PHONE");
        assertThat(fields(acrossLines)).containsExactly("lines[1].lot");
    }

    // serial-already-in-stock

    @Test
    void refuses_a_receipt_of_a_serial_that_is_on_hand_when_the_draft_is_created() {
        long phone = given.product("PHONE", "serial");
        long shelf = given.location("Shelf 1", Locations.STOCK);
        given.receivedSerials(phone, "SN-1", "SN-2");
        given.done(internal(Locations.STOCK, shelf, line(phone, "SN-2", null, 1)));
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(phone, null, List.of("SN-3", "SN-2"), null)))));
        assertProblem(r, 409, "serial-already-in-stock", "SN-2", "PHONE", "WH/Stock/Shelf 1");
        assertThat(fields(r)).singleElement().asString().startsWith("lines[0]");
    }

    @Test
    void refuses_at_validation_a_serial_that_another_receipt_brought_in_first() {
        long phone = given.product("PHONE", "serial");
        JsonNode first = given.transfer("receipt", null, line(phone, null, List.of("SN-1", "SN-2"), null));
        JsonNode second = given.transfer("receipt", null, line(phone, null, List.of("SN-2"), null));
        given.done(second);
        var r = changesNothing(() -> validate(first));
        assertProblem(r, 409, "serial-already-in-stock", "SN-2", "PHONE", "WH/Stock");
        assertThat(admin.get("/api/v1/transfers/" + first.path("id").asLong()).at("/state").asString()).isEqualTo("draft");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lots WHERE name = 'SN-1'").query(Long.class).single()).isZero();
    }

    @Test
    void lets_only_one_of_two_concurrent_receipts_of_the_same_new_serial_through() throws Exception {
        long phone = given.product("PHONE", "serial");
        for (int round = 0; round < 5; round++) {
            String serial = "SN-RACE-" + round;
            JsonNode a = given.transfer("receipt", null, line(phone, null, List.of(serial), null));
            JsonNode b = given.transfer("receipt", null, line(phone, null, List.of(serial), null));
            List<Http.Response> answers = concurrently(() -> validate(a), () -> validate(b));
            assertThat(answers).extracting(Http.Response::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
            Http.Response refused = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertProblem(refused, 409, "serial-already-in-stock");
            assertThat(admin.get("/api/v1/lots/" + given.lotId(phone, serial)).at("/quantityOnHand").asInt()).isEqualTo(1);
        }
    }

    @Test
    void adds_two_concurrent_receipts_of_the_same_new_lot_to_one_lot() throws Exception {
        long milk = given.product("MILK", "lot");
        for (int round = 0; round < 5; round++) {
            String lot = "L-RACE-" + round;
            JsonNode a = given.transfer("receipt", null, line(milk, lot, null, 5));
            JsonNode b = given.transfer("receipt", null, line(milk, lot, null, 7));
            List<Http.Response> answers = concurrently(() -> validate(a), () -> validate(b));
            assertThat(answers).extracting(Http.Response::status).as(answers.toString()).containsExactly(200, 200);
            assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, lot)).at("/quantityOnHand").asInt()).isEqualTo(12);
        }
    }

    @SafeVarargs
    private static List<Http.Response> concurrently(java.util.function.Supplier<Http.Response>... calls) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(calls.length);
        try {
            List<java.util.concurrent.Future<Http.Response>> futures = new java.util.ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Http.Response> answers = new java.util.ArrayList<>();
            for (var f : futures) {
                answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    // duplicate-lot-name, lot-not-found

    @Test
    void refuses_a_second_lot_with_the_same_name_for_a_product() {
        long milk = given.product("MILK", "lot");
        long cream = given.product("CREAM", "lot");
        assertThat(admin.post("/api/v1/lots", Map.of("productId", milk, "name", "L-2026-001")).status()).isEqualTo(201);
        var r = changesNothing(() -> admin.post("/api/v1/lots", Map.of("productId", milk, "name", "L-2026-001")));
        assertProblem(r, 409, "duplicate-lot-name", "MILK", "L-2026-001");
        assertThat(fields(r)).containsExactly("name");
        assertThat(admin.post("/api/v1/lots", Map.of("productId", cream, "name", "L-2026-001")).status())
                .as("the same name for another product").isEqualTo(201);
    }

    @Test
    void refuses_a_delivery_naming_a_lot_that_does_not_exist() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "M-1", 10);
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "delivery", "lines", List.of(line(milk, "M-1", null, 1), line(milk, "M-404", null, 1)))));
        assertProblem(r, 422, "lot-not-found", "MILK", "M-404");
        assertThat(fields(r)).containsExactly("lines[1].lot");
    }

    // insufficient-stock

    @Test
    void refuses_to_deliver_more_than_is_on_hand() {
        long milk = given.product("MILK", "lot");
        long bolts = given.product("BOLT", "none");
        given.receivedLot(milk, "M-1", 10);
        given.done(given.transfer("receipt", null, line(bolts, null, null, 50)));
        JsonNode delivery = given.transfer("delivery", null, line(bolts, null, null, 20), line(milk, "M-1", null, 11));
        var reserve = changesNothing(() -> admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null));
        assertProblem(reserve, 409, "insufficient-stock", "MILK", "M-1", "WH/Stock");
        assertThat(fields(reserve)).containsExactly("lines[1].quantity");
        var r = changesNothing(() -> validate(delivery));
        assertProblem(r, 409, "insufficient-stock", "MILK", "M-1", "WH/Stock");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "M-1")).at("/quantityOnHand").asInt()).isEqualTo(10);
    }

    @Test
    void refuses_an_internal_transfer_from_a_location_that_does_not_hold_the_product() {
        long bolts = given.product("BOLT", "none");
        long shelf = given.location("Shelf 1", Locations.STOCK);
        long bin = given.location("Bin 7", Locations.STOCK);
        given.done(given.transfer("receipt", null, line(bolts, null, null, 50)));
        JsonNode move = internal(shelf, bin, line(bolts, null, null, 5));
        var r = changesNothing(() -> validate(move));
        assertProblem(r, 409, "insufficient-stock", "BOLT", "WH/Stock/Shelf 1");
    }

    // lot-blocked

    @Test
    void refuses_to_ship_a_quarantined_lot_named_on_the_line() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "M-1", 10);
        quarantine(given.lotId(milk, "M-1"));
        JsonNode delivery = given.transfer("delivery", null, line(milk, "M-1", null, 4));
        var r = changesNothing(() -> validate(delivery));
        assertProblem(r, 409, "lot-blocked", "MILK", "M-1", "quarantine");
        assertThat(fields(r)).containsExactly("lines[0].lot");
        assertProblem(changesNothing(() -> admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve",
                null)), 409, "lot-blocked", "M-1");
    }

    @Test
    void never_chooses_a_quarantined_lot_for_a_line_without_lot() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "M-1", 10);
        quarantine(given.lotId(milk, "M-1"));
        JsonNode delivery = given.transfer("delivery", null, line(milk, null, null, 4));
        var r = changesNothing(() -> validate(delivery));
        assertProblem(r, 409, "insufficient-stock", "MILK", "WH/Stock");
    }

    // lot-expired

    @Test
    void refuses_to_ship_an_expired_lot_unless_the_delivery_allows_it() {
        long milk = given.product("MILK", "lot");
        var receipt = admin.post("/api/v1/transfers", Map.of("type", "receipt", "lines",
                List.of(lineWith(line(milk, "M-OLD", null, 10), "expirationDate", "2020-01-31"))));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        given.done(receipt.json());
        JsonNode delivery = given.transfer("delivery", null, line(milk, "M-OLD", null, 4));
        var r = changesNothing(() -> validate(delivery));
        assertProblem(r, 409, "lot-expired", "MILK", "M-OLD", "2020-01-31");
        assertThat(fields(r)).containsExactly("lines[0].lot");

        var allowed = admin.post("/api/v1/transfers", Map.of("type", "delivery", "allowExpired", true,
                "lines", List.of(line(milk, "M-OLD", null, 4))));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(given.done(allowed.json()).path("state").asString()).isEqualTo("done");
        assertThat(admin.get("/api/v1/lots/" + given.lotId(milk, "M-OLD")).at("/quantityOnHand").asInt()).isEqualTo(6);
    }

    // invalid-state

    @Test
    void refuses_to_validate_or_cancel_a_done_transfer() {
        long bolts = given.product("BOLT", "none");
        JsonNode done = given.done(given.transfer("receipt", null, line(bolts, null, null, 5)));
        var again = changesNothing(() -> validate(done));
        assertProblem(again, 409, "invalid-state", "WH/IN/00001", "done");
        var cancel = changesNothing(() -> admin.post("/api/v1/transfers/" + done.path("id").asLong() + "/cancel", null));
        assertProblem(cancel, 409, "invalid-state", "WH/IN/00001", "done");
    }

    @Test
    void refuses_to_validate_a_cancelled_transfer() {
        long bolts = given.product("BOLT", "none");
        JsonNode draft = given.transfer("receipt", null, line(bolts, null, null, 5));
        assertThat(admin.post("/api/v1/transfers/" + draft.path("id").asLong() + "/cancel", null).status()).isEqualTo(200);
        assertProblem(changesNothing(() -> validate(draft)), 409, "invalid-state", "WH/IN/00001", "cancelled");
    }

    // tracking-locked

    @Test
    void refuses_to_change_the_tracking_of_a_product_with_stock() {
        long bolts = given.product("BOLT", "none");
        given.done(given.transfer("receipt", null, line(bolts, null, null, 5)));
        var r = changesNothing(() -> admin.patch("/api/v1/products/" + bolts, Map.of("tracking", "lot")));
        assertProblem(r, 409, "tracking-locked", "BOLT");
        assertThat(admin.get("/api/v1/products/" + bolts).at("/tracking").asString()).isEqualTo("none");
    }

    // serial-at-customer

    @Test
    void refuses_to_receive_from_a_vendor_a_serial_that_was_delivered_to_a_customer() {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1");
        given.done(given.transfer("delivery", null, line(phone, "SN-1", null, 1)));
        var r = changesNothing(() -> admin.post("/api/v1/transfers",
                Map.of("type", "receipt", "lines", List.of(line(phone, null, List.of("SN-1"), null)))));
        assertProblem(r, 409, "serial-at-customer", "SN-1", "PHONE", "Partners/Customers");
        assertThat(fields(r)).singleElement().asString().startsWith("lines[0]");
    }

    private void lotsSwitched(boolean on) {
        var r = admin.put("/api/v1/settings", Map.of("lotsAndSerialNumbers", on, "expirationDates", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void quarantine(long lotId) {
        var r = admin.patch("/api/v1/lots/" + lotId, Map.of("status", "quarantine", "reason", "Lab sample pending"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/status").asString()).isEqualTo("quarantine");
    }

    private Http.Response validate(JsonNode transfer) {
        return admin.post("/api/v1/transfers/" + transfer.path("id").asLong() + "/validate", null);
    }

    @SafeVarargs
    private JsonNode internal(long from, long to, Map<String, Object>... lines) {
        var r = admin.post("/api/v1/transfers", Map.of("type", "internal", "sourceLocationId", from,
                "destinationLocationId", to, "lines", List.of(lines)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static Map<String, Object> lineWith(Map<String, Object> line, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(line);
        copy.put(field, value);
        return copy;
    }
}
