package io.stocktrace.stock;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.Http;
import io.stocktrace.support.LedgerStaysSound;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Returns of deliveries and receipts, lot by lot and serial by serial, never more than was sent. */
abstract class ReturnsTests extends LedgerStaysSound {
    private long milk;
    private long phone;
    private long customer;

    @BeforeEach
    void milkAndPhonesDeliveredToACustomer() {
        milk = given.product("MILK", "lot");
        phone = given.product("PHONE", "serial");
        customer = given.partner("Corner Shop");
        given.receivedLot(milk, "MILK-1", 10);
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
    }

    private JsonNode delivered(Map<String, Object>... lines) {
        return given.done(given.transfer("delivery", customer, lines));
    }

    private Http.Response returnOf(JsonNode transfer, Map<String, Object>... lines) {
        return admin.post("/api/v1/transfers/" + transfer.path("id").asLong() + "/return", Map.of("lines", List.of(lines)));
    }

    private JsonNode returned(JsonNode transfer, Map<String, Object>... lines) {
        var r = returnOf(transfer, lines);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return given.done(r.json());
    }

    private BigDecimal onHand(long lotId) {
        return admin.get("/api/v1/lots/" + lotId).at("/quantityOnHand").decimalValue();
    }

    @Test
    void a_partial_return_of_a_delivery_brings_lots_and_serials_back_to_stock_and_shows_in_their_history() {
        JsonNode delivery = delivered(line(milk, "MILK-1", null, 6), line(phone, null, List.of("SN-1", "SN-2"), null));

        var draft = returnOf(delivery, line(milk, "MILK-1", null, 2), line(phone, null, List.of("SN-2"), null));

        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.headers().get("location")).isEqualTo("/api/v1/transfers/" + draft.at("/id").asLong());
        assertThat(draft.at("/reference").asString()).isEqualTo("WH/RET/00001");
        assertThat(draft.at("/type").asString()).isEqualTo("return");
        assertThat(draft.at("/state").asString()).isEqualTo("draft");
        assertThat(draft.at("/partnerId").asLong()).isEqualTo(customer);
        assertThat(draft.at("/sourceLocationId").asLong()).isEqualTo(Locations.CUSTOMERS);
        assertThat(draft.at("/destinationLocationId").asLong()).isEqualTo(Locations.STOCK);
        assertThat(draft.at("/origin").asString()).isEqualTo("Return of WH/OUT/00001");
        assertThat(draft.json().path("lines").findValuesAsString("lot")).containsExactly("MILK-1", "SN-2");
        assertThat(given.done(draft.json()).path("state").asString()).isEqualTo("done");

        long milkLot = given.lotId(milk, "MILK-1");
        long sn2 = given.lotId(phone, "SN-2");
        assertThat(onHand(milkLot)).isEqualByComparingTo("6");
        assertThat(onHand(sn2)).isEqualByComparingTo("1");
        assertThat(onHand(given.lotId(phone, "SN-1"))).isZero();
        var quants = admin.get("/api/v1/lots/" + sn2 + "/quants");
        assertThat(quants.json().path("items").findValuesAsString("location")).containsExactly("WH/Stock");
        var operations = admin.get("/api/v1/lots/" + milkLot + "/operations");
        assertThat(operations.at("/items/0/reference").asString()).isEqualTo("WH/RET/00001");
        assertThat(operations.at("/items/0/type").asString()).isEqualTo("return");
        assertThat(operations.at("/items/0/sourceLocation").asString()).isEqualTo("Partners/Customers");
        assertThat(operations.at("/items/0/partner").asString()).isEqualTo("Corner Shop");
        var trace = admin.get("/api/v1/lots/" + milkLot + "/trace?direction=downstream");
        assertThat(trace.at("/customers/0/name").asString()).isEqualTo("Corner Shop");
        assertThat(trace.at("/customers/0/quantity").decimalValue()).isEqualByComparingTo("6");
        assertThat(trace.at("/customers/0/returned").decimalValue()).isEqualByComparingTo("2");
        var balance = admin.get("/api/v1/lots/" + milkLot + "/balance");
        assertThat(balance.at("/returnedFromCustomers").decimalValue()).isEqualByComparingTo("2");
        assertThat(balance.at("/delivered").decimalValue()).isEqualByComparingTo("6");
        assertThat(balance.at("/onHand").decimalValue()).isEqualByComparingTo("6");
        assertThat(balance.at("/discrepancy").decimalValue()).isZero();
        assertThat(admin.get("/api/v1/transfers?type=return").json().path("items").findValuesAsString("reference"))
                .containsExactly("WH/RET/00001");
    }

    @Test
    void a_second_return_that_would_exceed_what_was_sent_is_refused_and_writes_nothing() {
        JsonNode delivery = delivered(line(milk, "MILK-1", null, 6), line(phone, null, List.of("SN-1"), null));
        returned(delivery, line(milk, "MILK-1", null, 4), line(phone, "SN-1", null, 1));
        JsonNode open = returnOf(delivery, line(milk, "MILK-1", null, 1)).json();

        var tooMuch = changesNothing(() -> returnOf(delivery, line(milk, "MILK-1", null, 2)));
        assertProblem(tooMuch, 422, "return-exceeds-sent", "WH/OUT/00001", "MILK lot 'MILK-1'", "at most 1", "not 2");
        assertThat(fields(tooMuch)).containsExactly("lines[0].quantity");
        var serialAgain = changesNothing(() -> returnOf(delivery, line(phone, null, List.of("SN-1"), null)));
        assertProblem(serialAgain, 422, "return-exceeds-sent", "PHONE serial 'SN-1'");
        var neverSent = changesNothing(() -> returnOf(delivery, line(phone, null, List.of("SN-3"), null)));
        assertProblem(neverSent, 422, "return-exceeds-sent", "did not move PHONE serial 'SN-3'");
        var twoLines = changesNothing(() -> returnOf(delivery, line(milk, "MILK-1", null, 1), line(milk, "MILK-1", null, 0.5)));
        assertProblem(twoLines, 422, "return-exceeds-sent");
        assertThat(fields(twoLines)).containsExactly("lines[1].quantity");

        admin.post("/api/v1/transfers/" + open.path("id").asLong() + "/cancel", null);
        assertThat(returnOf(delivery, line(milk, "MILK-1", null, 2)).status()).isEqualTo(201);
    }

    @Test
    void a_return_is_checked_against_what_was_sent_again_when_it_is_validated() {
        JsonNode delivery = delivered(line(milk, "MILK-1", null, 6));
        JsonNode first = returnOf(delivery, line(milk, "MILK-1", null, 4)).json();
        returned(delivery, line(milk, "MILK-1", null, 2));
        // as if the first had been drafted from a stale view of the delivery
        jdbc.sql("UPDATE transfer_lines SET quantity = 5 WHERE transfer_id = :id").param("id", first.path("id").asLong())
                .update();

        var r = changesNothing(() -> admin.post("/api/v1/transfers/" + first.path("id").asLong() + "/validate", null));

        assertProblem(r, 422, "return-exceeds-sent", "earlier returns bring back 2", "at most 4", "not 5");
    }

    @Test
    void a_returned_serial_is_on_hand_in_one_place_and_can_be_delivered_again() {
        JsonNode delivery = delivered(line(phone, "SN-1", null, 1));
        returned(delivery, line(phone, "SN-1", null, 1));
        long sn1 = given.lotId(phone, "SN-1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE lot_id = :lot").param("lot", sn1).query(Long.class).single())
                .isEqualTo(1);

        JsonNode again = delivered(line(phone, "SN-1", null, 1));

        assertThat(again.path("reference").asString()).isEqualTo("WH/OUT/00002");
        assertThat(onHand(sn1)).isZero();
        var ops = admin.get("/api/v1/lots/" + sn1 + "/operations").json().path("items").findValuesAsString("reference");
        assertThat(ops).containsExactly("WH/OUT/00002", "WH/RET/00001", "WH/OUT/00001", "WH/IN/00002");
        assertThat(returned(again, line(phone, "SN-1", null, 1)).path("reference").asString()).isEqualTo("WH/RET/00002");
        assertThat(admin.get("/api/v1/lots/" + sn1 + "/balance").at("/discrepancy").decimalValue()).isZero();
    }

    @Test
    void a_serial_already_back_in_stock_cannot_come_back_with_a_return() {
        JsonNode delivery = delivered(line(phone, "SN-1", null, 1));
        var receivedFromCustomer = admin.post("/api/v1/transfers", Map.of("type", "receipt", "sourceLocationId",
                Locations.CUSTOMERS, "lines", List.of(line(phone, "SN-1", null, 1))));
        given.done(receivedFromCustomer.json());

        var r = changesNothing(() -> returnOf(delivery, line(phone, "SN-1", null, 1)));

        assertProblem(r, 409, "serial-already-in-stock", "SN-1", "WH/Stock");
    }

    @Test
    void a_return_of_a_recalled_lot_is_accepted_and_the_lot_stays_recalled() {
        JsonNode delivery = delivered(line(milk, "MILK-1", null, 6));
        long milkLot = given.lotId(milk, "MILK-1");
        var recall = admin.post("/api/v1/recalls", Map.of("lotId", milkLot, "reason", "Listeria found in sample"));
        assertThat(recall.status()).as(recall.body()).isEqualTo(201);

        JsonNode back = returned(delivery, line(milk, "MILK-1", null, 6));

        assertThat(back.path("state").asString()).isEqualTo("done");
        var lot = admin.get("/api/v1/lots/" + milkLot);
        assertThat(lot.at("/status").asString()).isEqualTo("recalled");
        assertThat(lot.at("/quantityOnHand").decimalValue()).isEqualByComparingTo("10");
        JsonNode shipAgain = given.transfer("delivery", customer, line(milk, "MILK-1", null, 1));
        assertProblem(changesNothing(() -> admin.post("/api/v1/transfers/" + shipAgain.path("id").asLong() + "/validate",
                null)), 409, "lot-blocked", "MILK-1", "recalled");
        assertThat(admin.get("/api/v1/lots/" + milkLot + "/balance").at("/discrepancy").decimalValue()).isZero();
    }

    @Test
    void a_return_of_a_receipt_sends_the_lot_back_to_the_vendor_from_wherever_it_is_in_stock() {
        long vendor = given.partner("Dairy Farm");
        long shelf = given.location("Shelf 1", Locations.STOCK);
        JsonNode receipt = given.done(given.transfer("receipt", vendor, line(milk, "MILK-2", null, 8)));
        var moved = admin.post("/api/v1/transfers", Map.of("type", "internal", "sourceLocationId", Locations.STOCK,
                "destinationLocationId", shelf, "lines", List.of(line(milk, "MILK-2", null, 5))));
        given.done(moved.json());

        var draft = returnOf(receipt, line(milk, "MILK-2", null, 7));
        assertThat(draft.at("/sourceLocationId").asLong()).isEqualTo(Locations.STOCK);
        assertThat(draft.at("/destinationLocationId").asLong()).isEqualTo(Locations.VENDORS);
        var reserved = admin.post("/api/v1/transfers/" + draft.at("/id").asLong() + "/reserve", null);
        assertThat(reserved.at("/state").asString()).as(reserved.body()).isEqualTo("ready");
        given.done(reserved.json());

        long lot = given.lotId(milk, "MILK-2");
        assertThat(onHand(lot)).isEqualByComparingTo("1");
        var balance = admin.get("/api/v1/lots/" + lot + "/balance");
        assertThat(balance.at("/returnedToVendors").decimalValue()).isEqualByComparingTo("7");
        assertThat(balance.at("/discrepancy").decimalValue()).isZero();
        var trace = admin.get("/api/v1/lots/" + lot + "/trace?direction=upstream");
        assertThat(trace.at("/suppliers/0/quantity").decimalValue()).isEqualByComparingTo("8");
        assertThat(trace.at("/suppliers/0/returned").decimalValue()).isEqualByComparingTo("7");
        assertProblem(returnOf(receipt, line(milk, "MILK-2", null, 2)), 422, "return-exceeds-sent", "at most 1");
    }

    @Test
    void only_done_receipts_and_deliveries_can_be_returned_and_every_line_names_what_comes_back() {
        JsonNode draftDelivery = given.transfer("delivery", customer, line(milk, "MILK-1", null, 1));
        assertProblem(changesNothing(() -> returnOf(draftDelivery, line(milk, "MILK-1", null, 1))), 409,
                "invalid-state", "WH/OUT/00001", "draft");
        JsonNode delivery = delivered(line(milk, "MILK-1", null, 6), line(phone, "SN-1", null, 1));
        JsonNode back = returned(delivery, line(milk, "MILK-1", null, 1));
        assertProblem(changesNothing(() -> returnOf(back, line(milk, "MILK-1", null, 1))), 409, "invalid-state",
                "WH/RET/00001", "only receipts and deliveries");

        assertProblem(changesNothing(() -> returnOf(delivery, line(milk, null, null, 1))), 422, "lot-required");
        assertProblem(changesNothing(() -> returnOf(delivery, line(milk, "NO-SUCH", null, 1))), 422, "lot-not-found");
        assertProblem(changesNothing(() -> returnOf(delivery, line(phone, "SN-1", null, 2))), 422,
                "serial-quantity-not-one");
        var empty = changesNothing(() -> admin.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/return",
                Map.of("lines", List.of())));
        assertProblem(empty, 422, "validation-failed");
        assertProblem(admin.post("/api/v1/transfers/999/return", Map.of("lines", List.of(line(milk, "MILK-1", null, 1)))),
                404, "not-found");
        var direct = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "return",
                "lines", List.of(line(milk, "MILK-1", null, 1)))));
        assertProblem(direct, 422, "validation-failed");
        assertThat(fields(direct)).containsExactly("type");
        var viewer = userWithRole("viewer");
        assertProblem(viewer.post("/api/v1/transfers/" + delivery.path("id").asLong() + "/return",
                Map.of("lines", List.of(line(milk, "MILK-1", null, 1)))), 403, "forbidden");
    }
}
