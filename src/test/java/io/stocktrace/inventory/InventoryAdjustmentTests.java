package io.stocktrace.inventory;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.Http;
import io.stocktrace.support.LedgerStaysSound;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Inventory counts: the differences from the books move from or to Virtual Locations/Inventory adjustment, all lines
 * or none, a serial in one place only, a dry run writes nothing, and only a manager counts.
 */
abstract class InventoryAdjustmentTests extends LedgerStaysSound {
    private long milk;
    private long phone;
    private long bolts;
    private long shelf;

    @BeforeEach
    void stock() {
        milk = given.product("MILK", "lot");
        phone = given.product("PHONE", "serial");
        bolts = given.product("BOLT", "none");
        shelf = given.location("Shelf 1", Locations.STOCK);
        given.receivedLot(milk, "MILK-1", 10);
        given.receivedSerials(phone, "SN-1", "SN-2");
        given.done(given.transfer("receipt", null, line(bolts, null, null, 50)));
    }

    private static Map<String, Object> counted(long productId, long locationId, String lot, Number quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", productId);
        line.put("locationId", locationId);
        if (lot != null) {
            line.put("lot", lot);
        }
        line.put("countedQuantity", quantity);
        return line;
    }

    private Http.Response count(Http http, boolean dryRun, Map<String, Object>... lines) {
        return http.post("/api/v1/inventory-adjustments", Map.of("reason", "Yearly count", "dryRun", dryRun,
                "lines", List.of(lines)));
    }

    private Http.Response count(Map<String, Object>... lines) {
        return count(admin, false, lines);
    }

    private BigDecimal onHand(long productId, String lot) {
        return admin.get("/api/v1/lots/" + given.lotId(productId, lot)).at("/quantityOnHand").decimalValue();
    }

    private JsonNode balance(long productId, String lot) {
        JsonNode b = admin.get("/api/v1/lots/" + given.lotId(productId, lot) + "/balance").json();
        assertThat(b.path("discrepancy").decimalValue()).as(b.toString()).isZero();
        return b;
    }

    private static String difference(JsonNode line) {
        return line.path("difference").decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void a_count_that_finds_more_books_the_difference_in_and_creates_the_lots_and_serials_it_finds() {
        var r = count(counted(milk, Locations.STOCK, "MILK-1", 12), counted(bolts, Locations.STOCK, null, 55),
                counted(milk, shelf, "MILK-NEW", 4), counted(phone, shelf, "SN-NEW", 1));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().get("location")).isEqualTo("/api/v1/inventory-adjustments/" + r.at("/id").asLong());
        assertThat(r.at("/reference").asString()).isEqualTo("WH/ADJ/00001");
        assertThat(r.at("/dryRun").asBoolean()).isFalse();
        assertThat(r.at("/lines/0/onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(r.at("/lines/0/countedQuantity").decimalValue()).isEqualByComparingTo("12");
        assertThat(r.json().path("lines").valueStream().map(InventoryAdjustmentTests::difference).toList())
                .containsExactly("2", "5", "4", "1");
        assertThat(r.at("/lines/3/lotId").asLong()).isEqualTo(given.lotId(phone, "SN-NEW"));
        assertThat(admin.get("/api/v1/inventory-adjustments/" + r.at("/id").asLong()).json()).isEqualTo(r.json());

        assertThat(onHand(milk, "MILK-1")).isEqualByComparingTo("12");
        assertThat(onHand(milk, "MILK-NEW")).isEqualByComparingTo("4");
        assertThat(onHand(phone, "SN-NEW")).isEqualByComparingTo("1");
        assertThat(balance(milk, "MILK-1").path("adjusted").decimalValue()).isEqualByComparingTo("2");
        assertThat(balance(milk, "MILK-NEW").path("adjusted").decimalValue()).isEqualByComparingTo("4");
        var operations = admin.get("/api/v1/lots/" + given.lotId(milk, "MILK-1") + "/operations");
        assertThat(operations.at("/items/0/reference").asString()).isEqualTo("WH/ADJ/00001");
        assertThat(operations.at("/items/0/type").asString()).isEqualTo("adjustment");
        assertThat(operations.at("/items/0/sourceLocation").asString()).isEqualTo("Virtual Locations/Inventory adjustment");
    }

    @Test
    void a_count_that_finds_less_books_the_difference_out_and_a_serial_counted_zero_leaves_stock() {
        var r = count(counted(milk, Locations.STOCK, "MILK-1", 7.5), counted(bolts, Locations.STOCK, null, 0),
                counted(phone, Locations.STOCK, "SN-2", 0), counted(phone, Locations.STOCK, "SN-1", 1));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("lines").valueStream().map(InventoryAdjustmentTests::difference).toList())
                .containsExactly("-2.5", "-50", "-1", "0");
        assertThat(onHand(milk, "MILK-1")).isEqualByComparingTo("7.5");
        assertThat(onHand(phone, "SN-2")).isZero();
        assertThat(onHand(phone, "SN-1")).isEqualByComparingTo("1");
        assertThat(balance(milk, "MILK-1").path("adjusted").decimalValue()).isEqualByComparingTo("-2.5");
        assertThat(balance(phone, "SN-2").path("adjusted").decimalValue()).isEqualByComparingTo("-1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE product_id = :p").param("p", bolts).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM move_lines WHERE reference = 'WH/ADJ/00001'").query(Long.class)
                .single()).isEqualTo(3);
    }

    @Test
    void a_dry_run_shows_the_differences_and_writes_nothing() {
        var r = changesNothing(() -> count(admin, true, counted(milk, Locations.STOCK, "MILK-1", 8),
                counted(milk, shelf, "MILK-NEW", 3), counted(phone, shelf, "SN-1", 1), counted(phone, Locations.STOCK, "SN-1", 0)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.at("/dryRun").asBoolean()).isTrue();
        assertThat(r.at("/id").isNull()).isTrue();
        assertThat(r.at("/reference").isNull()).isTrue();
        assertThat(r.json().path("lines").valueStream().map(InventoryAdjustmentTests::difference).toList())
                .containsExactly("-2", "3", "1", "-1");
        assertThat(r.at("/lines/1/lotId").isNull()).isTrue();
        assertThat(count(counted(milk, Locations.STOCK, "MILK-1", 8)).at("/reference").asString()).isEqualTo("WH/ADJ/00001");
    }

    @Test
    void a_count_that_would_put_a_serial_in_two_places_is_refused_and_writes_nothing() {
        var elsewhere = changesNothing(() -> count(counted(phone, shelf, "SN-1", 1)));
        assertProblem(elsewhere, 409, "serial-already-in-stock", "SN-1", "WH/Stock");
        assertThat(fields(elsewhere)).containsExactly("lines[0].countedQuantity");
        var twice = changesNothing(() -> count(counted(phone, shelf, "SN-NEW", 1), counted(phone, Locations.STOCK, "SN-NEW", 1)));
        assertProblem(twice, 409, "serial-already-in-stock", "SN-NEW");
        assertProblem(changesNothing(() -> count(counted(phone, shelf, "SN-1", 2))), 422, "serial-quantity-not-one");
        given.done(given.transfer("delivery", null, line(phone, "SN-2", null, 1)));
        assertProblem(changesNothing(() -> count(counted(phone, Locations.STOCK, "SN-2", 1))), 409, "serial-at-customer",
                "SN-2", "return");

        var moved = count(counted(phone, Locations.STOCK, "SN-1", 0), counted(phone, shelf, "SN-1", 1));

        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        var quants = admin.get("/api/v1/lots/" + given.lotId(phone, "SN-1") + "/quants");
        assertThat(quants.json().path("items").findValuesAsString("location")).containsExactly("WH/Stock/Shelf 1");
    }

    @Test
    void a_count_is_all_or_nothing_and_checks_every_line() {
        JsonNode delivery = given.transfer("delivery", null, line(milk, "MILK-1", null, 4));
        assertThat(admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/reserve", null).status()).isEqualTo(200);

        var belowReserved = changesNothing(() -> count(counted(bolts, Locations.STOCK, null, 60),
                counted(milk, Locations.STOCK, "MILK-1", 3)));
        assertProblem(belowReserved, 409, "insufficient-stock", "4 of MILK lot 'MILK-1'", "reserved");
        assertThat(fields(belowReserved)).containsExactly("lines[1].countedQuantity");
        var view = changesNothing(() -> count(counted(bolts, Locations.WAREHOUSE, null, 1)));
        assertProblem(view, 422, "validation-failed");
        assertThat(fields(view)).containsExactly("lines[0].locationId");
        var shape = changesNothing(() -> count(counted(bolts, Locations.STOCK, null, -1), counted(999, Locations.STOCK, null, 1)));
        assertThat(fields(shape)).containsExactly("lines[0].countedQuantity");
        assertProblem(changesNothing(() -> count(counted(999, Locations.STOCK, null, 1))), 422, "validation-failed");
        assertProblem(changesNothing(() -> count(counted(milk, Locations.STOCK, null, 1))), 422, "lot-required");
        assertProblem(changesNothing(() -> count(counted(bolts, Locations.STOCK, "L", 1))), 422, "lot-not-allowed");
        var twice = changesNothing(() -> count(counted(bolts, shelf, null, 1), counted(bolts, shelf, null, 2)));
        assertProblem(twice, 422, "validation-failed", "counted twice");
        assertProblem(changesNothing(() -> admin.post("/api/v1/inventory-adjustments", Map.of("lines", List.of()))), 422,
                "validation-failed");
        assertThat(count(counted(milk, Locations.STOCK, "MILK-1", 4)).status()).isEqualTo(201);
    }

    @Test
    void only_a_manager_counts_a_viewer_and_an_operator_are_refused() {
        for (String role : List.of("viewer", "operator")) {
            Http user = userWithRole(role);
            assertProblem(changesNothing(() -> count(user, false, counted(bolts, Locations.STOCK, null, 60))), 403,
                    "forbidden");
            assertProblem(changesNothing(() -> count(user, true, counted(bolts, Locations.STOCK, null, 60))), 403,
                    "forbidden");
        }
        assertThat(count(userWithRole("manager"), false, counted(bolts, Locations.STOCK, null, 60)).status()).isEqualTo(201);
        assertProblem(admin.get("/api/v1/inventory-adjustments/999"), 404, "not-found");
    }
}
