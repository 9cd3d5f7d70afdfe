package io.stocktrace.lot;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lot list's date filters and alerts, and the history a status change leaves. */
abstract class LotQueriesTests extends ApiTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void lists_expired_lots_lots_expiring_before_a_date_and_alerts_with_stock_oldest_first() {
        long milk = given.product("MILK", "lot");
        receive(milk, "EXPIRED", today.minusDays(1), today.minusDays(5));
        receive(milk, "ALERT-OLD", today.plusDays(3), today.minusDays(2));
        receive(milk, "ALERT-TODAY", today.plusDays(10), today);
        receive(milk, "FRESH", today.plusDays(30), today.plusDays(20));
        var noStock = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "NO-STOCK",
                "expirationDate", today.plusDays(1).toString(), "alertDate", today.minusDays(9).toString()));
        assertThat(noStock.status()).as(noStock.body()).isEqualTo(201);

        assertThat(names("/api/v1/lots?expired=true")).containsExactly("EXPIRED");
        assertThat(names("/api/v1/lots?expiresBefore=" + today.plusDays(11))).containsExactly("NO-STOCK",
                "ALERT-TODAY", "ALERT-OLD", "EXPIRED");
        assertThat(names("/api/v1/lots/alerts")).containsExactly("EXPIRED", "ALERT-OLD", "ALERT-TODAY");
    }

    @Test
    void a_status_change_records_who_when_and_why_and_a_recalled_lot_is_never_released() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L1", 5);
        long lot = given.lotId(milk, "L1");

        var quarantined = admin.patch("/api/v1/lots/" + lot, Map.of("status", "quarantine", "reason", "Lab sample"));
        assertThat(quarantined.at("/status").asString()).isEqualTo("quarantine");
        assertThat(admin.get("/api/v1/lots?status=quarantine").json().path("items").findValuesAsString("name"))
                .containsExactly("L1");
        admin.patch("/api/v1/lots/" + lot, Map.of("status", "recalled", "reason", "Listeria"));
        var release = admin.patch("/api/v1/lots/" + lot, Map.of("status", "available"));

        assertThat(release.status()).isEqualTo(409);
        assertThat(release.code()).isEqualTo("invalid-state");
        assertThat(jdbc.sql("SELECT reason FROM lot_events WHERE lot_id = :lot ORDER BY id").param("lot", lot)
                .query(String.class).list()).containsExactly("Lab sample", "Listeria");
        assertThat(jdbc.sql("SELECT actor FROM lot_events WHERE lot_id = :lot").param("lot", lot)
                .query(String.class).list()).containsOnly("admin");
    }

    private void receive(long product, String lot, LocalDate expiration, LocalDate alert) {
        Map<String, Object> l = new LinkedHashMap<>(line(product, lot, null, 1));
        l.put("expirationDate", expiration.toString());
        l.put("alertDate", alert.toString());
        given.done(given.transfer("receipt", null, l));
    }

    private java.util.List<String> names(String path) {
        var r = admin.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("items").findValuesAsString("name");
    }
}
