package io.stocktrace.inventory;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.support.Http;
import io.stocktrace.support.LedgerStaysSound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scrap: stock leaves an internal location for Virtual Locations/Scrap at once, blocked lots included. */
abstract class ScrapTests extends LedgerStaysSound {
    private long milk;
    private long phone;
    private long bolts;

    @BeforeEach
    void stock() {
        milk = given.product("MILK", "lot");
        phone = given.product("PHONE", "serial");
        bolts = given.product("BOLT", "none");
        given.receivedLot(milk, "MILK-1", 10);
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
        given.done(given.transfer("receipt", null, line(bolts, null, null, 50)));
    }

    private Http.Response scrap(long productId, String lot, List<String> serials, Number quantity, String reason) {
        Map<String, Object> body = new LinkedHashMap<>(line(productId, lot, serials, quantity));
        body.put("sourceLocationId", Locations.STOCK);
        if (reason != null) {
            body.put("reason", reason);
        }
        return admin.post("/api/v1/scraps", body);
    }

    @Test
    void scrapping_part_of_a_lot_takes_it_out_of_stock_at_once_and_the_balance_counts_it() {
        var r = scrap(milk, "MILK-1", null, 3, "Crushed by a forklift");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().get("location")).isEqualTo("/api/v1/scraps/" + r.at("/id").asLong());
        assertThat(r.at("/reference").asString()).isEqualTo("WH/SCRAP/00001");
        assertThat(r.at("/destinationLocationId").asLong()).isEqualTo(Locations.SCRAP);
        assertThat(r.at("/reason").asString()).isEqualTo("Crushed by a forklift");
        assertThat(r.at("/lines/0/lot").asString()).isEqualTo("MILK-1");
        assertThat(admin.get("/api/v1/scraps/" + r.at("/id").asLong()).json()).isEqualTo(r.json());
        long lot = given.lotId(milk, "MILK-1");
        assertThat(admin.get("/api/v1/lots/" + lot).at("/quantityOnHand").decimalValue()).isEqualByComparingTo("7");
        var operations = admin.get("/api/v1/lots/" + lot + "/operations");
        assertThat(operations.at("/items/0/reference").asString()).isEqualTo("WH/SCRAP/00001");
        assertThat(operations.at("/items/0/type").asString()).isEqualTo("scrap");
        assertThat(operations.at("/items/0/destinationLocation").asString()).isEqualTo("Virtual Locations/Scrap");
        var balance = admin.get("/api/v1/lots/" + lot + "/balance");
        assertThat(balance.at("/scrapped").decimalValue()).isEqualByComparingTo("3");
        assertThat(balance.at("/onHand").decimalValue()).isEqualByComparingTo("7");
        assertThat(balance.at("/discrepancy").decimalValue()).isZero();
    }

    @Test
    void a_recalled_lot_and_serials_may_be_scrapped_which_is_how_they_leave_the_books() {
        long lot = given.lotId(milk, "MILK-1");
        assertThat(admin.post("/api/v1/recalls", Map.of("lotId", lot, "reason", "Listeria")).status()).isEqualTo(201);
        long sn2 = given.lotId(phone, "SN-2");
        assertThat(admin.patch("/api/v1/lots/" + sn2, Map.of("status", "quarantine", "reason", "Cracked")).status())
                .isEqualTo(200);

        var milkScrap = scrap(milk, "MILK-1", null, 10, "Recalled: destroyed");
        var phoneScrap = scrap(phone, null, List.of("SN-2", "SN-3"), null, "Cracked screens");

        assertThat(milkScrap.status()).as(milkScrap.body()).isEqualTo(201);
        assertThat(phoneScrap.status()).as(phoneScrap.body()).isEqualTo(201);
        assertThat(phoneScrap.at("/reference").asString()).isEqualTo("WH/SCRAP/00002");
        assertThat(phoneScrap.at("/quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(phoneScrap.json().path("lines").findValuesAsString("lot")).containsExactly("SN-2", "SN-3");
        var recalled = admin.get("/api/v1/lots/" + lot);
        assertThat(recalled.at("/status").asString()).isEqualTo("recalled");
        assertThat(recalled.at("/quantityOnHand").decimalValue()).isZero();
        assertThat(admin.get("/api/v1/lots/" + lot + "/balance").at("/scrapped").decimalValue()).isEqualByComparingTo("10");
        assertThat(admin.get("/api/v1/lots/" + sn2 + "/balance").at("/discrepancy").decimalValue()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE product_id = :p").param("p", phone).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void scrapping_what_is_not_there_or_without_a_reason_is_refused_and_writes_nothing() {
        assertProblem(changesNothing(() -> scrap(milk, "MILK-1", null, 11, "Spilled")), 409, "insufficient-stock",
                "MILK lot 'MILK-1'", "WH/Stock");
        assertProblem(changesNothing(() -> scrap(bolts, null, null, 51, "Rusty")), 409, "insufficient-stock", "BOLT");
        var noReason = changesNothing(() -> scrap(milk, "MILK-1", null, 1, " "));
        assertProblem(noReason, 422, "validation-failed");
        assertThat(fields(noReason)).containsExactly("reason");
        assertProblem(changesNothing(() -> scrap(milk, null, null, 1, "Spilled")), 422, "lot-required");
        assertProblem(changesNothing(() -> scrap(milk, "NO-SUCH", null, 1, "Spilled")), 422, "lot-not-found");
        var twice = changesNothing(() -> scrap(phone, null, List.of("SN-1", "SN-1"), null, "Broken"));
        assertProblem(twice, 422, "duplicate-serial-in-transfer", "SN-1");
        assertThat(fields(twice)).containsExactly("serials[1]");
        assertProblem(changesNothing(() -> scrap(bolts, "L", null, 1, "Rusty")), 422, "lot-not-allowed");
        var fromCustomers = changesNothing(() -> admin.post("/api/v1/scraps", Map.of("productId", bolts, "quantity", 1,
                "sourceLocationId", Locations.CUSTOMERS, "reason", "Lost")));
        assertProblem(fromCustomers, 422, "validation-failed");
        assertThat(fields(fromCustomers)).containsExactly("sourceLocationId");
        reserve(given.transfer("delivery", null, line(phone, "SN-1", null, 1)).path("id").asLong());
        assertProblem(changesNothing(() -> scrap(phone, "SN-1", null, 1, "Broken")), 409, "insufficient-stock",
                "reserved");
        assertProblem(userWithRole("viewer").post("/api/v1/scraps", Map.of("productId", bolts, "quantity", 1,
                "sourceLocationId", Locations.STOCK, "reason", "Lost")), 403, "forbidden");
        assertThat(userWithRole("operator").post("/api/v1/scraps", Map.of("productId", bolts, "quantity", 1,
                "sourceLocationId", Locations.STOCK, "reason", "Lost")).status()).isEqualTo(201);
        assertProblem(admin.get("/api/v1/scraps/999"), 404, "not-found");
    }

    /** Reserves a transfer, so that its stock is no longer free to scrap. */
    private void reserve(long transferId) {
        var r = admin.post("/api/v1/transfers/" + transferId + "/reserve", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
