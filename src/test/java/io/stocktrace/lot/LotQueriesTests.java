package io.stocktrace.lot;

import static io.stocktrace.support.Scenario.line;
import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.api.Paging;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.support.ApiTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lot list's date filters and alerts, and the history a status change leaves. */
abstract class LotQueriesTests extends ApiTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    private LotService lots;
    @Autowired
    private LotListService lotLists;

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

        assertProblem(changesNothing(() -> admin.patch("/api/v1/lots/" + lot, Map.of("status", "quarantine"))), 422,
                "validation-failed");
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

    @Test
    void the_expiration_alerts_filter_keeps_the_lots_of_the_alerts_list_and_only_their_rows_say_alert() {
        long milk = given.product("MILK", "lot");
        receive(milk, "EXPIRED", today.minusDays(1), today.minusDays(5));
        receive(milk, "ALERT-TODAY", today.plusDays(10), today);
        receive(milk, "FRESH", today.plusDays(30), today.plusDays(20));
        admin.post("/api/v1/lots", Map.of("productId", milk, "name", "NO-STOCK", "alertDate", today.toString()));
        LotSearch alerts = new LotSearch(null, Set.of("alerts"), "", null, null, 80, 0);

        List<LotSummary> filtered = lotLists.list(alerts.filter(today), Paging.of(80, 0L)).items();
        List<LotSummary> all = lotLists.list(new LotSearch(null, null, "", null, null, 80, 0).filter(today),
                Paging.of(80, 0L)).items();

        assertThat(filtered).extracting(s -> s.lot().name()).containsExactlyInAnyOrderElementsOf(
                lotLists.alerts(Paging.of(80, 0L)).items().stream().map(s -> s.lot().name()).toList())
                .containsExactlyInAnyOrder("EXPIRED", "ALERT-TODAY");
        assertThat(all).filteredOn(s -> s.inAlertOn(today)).extracting(s -> s.lot().name())
                .containsExactlyInAnyOrder("EXPIRED", "ALERT-TODAY");
    }

    @Test
    void quarantine_and_release_need_a_reason_and_a_recalled_lot_is_never_released() {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "L1", 5);
        long lot = given.lotId(milk, "L1");

        assertThatThrownBy(() -> lots.quarantine(lot, " ", "operator"))
                .isInstanceOfSatisfying(StocktraceException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("reason"));
        assertThat(lots.quarantine(lot, "Lab sample", "operator").lot().status()).isEqualTo(LotStatus.QUARANTINE);
        assertThat(lots.release(lot, "Lab result fine", "manager").lot().status()).isEqualTo(LotStatus.AVAILABLE);
        lots.changeStatus(List.of(lot), LotStatus.RECALLED, "Listeria", "manager");
        assertThatThrownBy(() -> lots.release(lot, "Oops", "manager"))
                .isInstanceOfSatisfying(StocktraceException.class, e -> assertThat(e.type().code())
                        .isEqualTo("invalid-state"));
        assertThat(jdbc.sql("SELECT reason || ' by ' || actor FROM lot_events WHERE lot_id = :lot ORDER BY id")
                .param("lot", lot).query(String.class).list())
                .containsExactly("Lab sample by operator", "Lab result fine by manager", "Listeria by manager");
    }

    @Test
    void dates_sent_by_the_lot_form_move_the_derived_dates_and_keep_those_set_by_hand() {
        var product = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 10, "bestBeforeDays", 2, "alertDays", 3)));
        long milk = product.json().path("id").asLong();
        given.receivedLot(milk, "L1", 5);
        long lot = given.lotId(milk, "L1");
        LotDates received = lots.get(lot).lot().dates();

        LotDates moved = lots.changeDates(lot, new LotDates(received.expirationDate().plusDays(5),
                received.bestBeforeDate(), received.removalDate(), received.alertDate()), "operator").lot().dates();
        assertThat(moved.alertDate()).isEqualTo(received.alertDate().plusDays(5));
        assertThat(moved.bestBeforeDate()).isEqualTo(received.bestBeforeDate().plusDays(5));

        LocalDate byHand = moved.expirationDate().minusDays(7);
        lots.changeDates(lot, new LotDates(moved.expirationDate(), moved.bestBeforeDate(), moved.removalDate(),
                byHand), "operator");
        LotDates again = lots.changeDates(lot, new LotDates(moved.expirationDate().plusDays(1),
                moved.bestBeforeDate(), moved.removalDate(), byHand), "operator").lot().dates();
        assertThat(again.alertDate()).as("set by hand, it stays").isEqualTo(byHand);
        assertThat(again.bestBeforeDate()).as("derived, it follows").isEqualTo(moved.bestBeforeDate().plusDays(1));
        assertThat(again.byHand().alert()).isTrue();
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
