package io.stocktrace.lot;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily expiry job, run by hand with a fixed clock, and the lot history that shows its alerts. */
abstract class ExpiryAlertsTests extends ApiTest {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    private LotEventRepository events;

    @Autowired
    private PlatformTransactionManager transactions;

    /** In a transaction, as Spring runs the job: the alerts it writes are sealed into the ledger when it commits. */
    private int runJobOn(LocalDate day) {
        var job = new ExpiryAlerts(events, io.stocktrace.calendar.SiteCalendar.of(
                Clock.fixed(day.atTime(0, 5).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        return new TransactionTemplate(transactions).execute(status -> job.raise());
    }

    @Test
    void alerts_a_lot_with_stock_once_when_its_alert_date_comes_and_again_once_its_dates_change() {
        var product = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 10, "alertDays", 8)));
        long milk = product.json().path("id").asLong();
        given.receivedLot(milk, "L1", 3);
        long lot = given.lotId(milk, "L1");
        var noStock = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "NO-STOCK"));
        assertThat(noStock.status()).as(noStock.body()).isEqualTo(201);

        assertThat(runJobOn(today.plusDays(1))).isZero();
        assertThat(runJobOn(today.plusDays(2))).isEqualTo(1);
        assertThat(runJobOn(today.plusDays(3))).isZero();
        var moved = admin.patch("/api/v1/lots/" + lot, Map.of("expirationDate", today.plusDays(15).toString()));
        assertThat(moved.at("/alertDate").asString()).isEqualTo(today.plusDays(7).toString());
        assertThat(runJobOn(today.plusDays(6))).isZero();
        assertThat(runJobOn(today.plusDays(7))).isEqualTo(1);
        assertThat(runJobOn(today.plusDays(8))).isZero();

        var history = admin.get("/api/v1/lots/" + lot + "/events");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        // between the two alerts, the edit of the dates: the expiration date and the alert date that followed it
        assertThat(history.at("/total").asInt()).isEqualTo(4);
        assertThat(history.json().path("items").findValuesAsString("event"))
                .containsExactly("alert", "change", "change", "alert");
        var alerts = history.json().path("items").valueStream()
                .filter(e -> "alert".equals(e.path("event").asString())).toList();
        assertThat(alerts.stream().map(e -> e.path("alertDate").asString()))
                .containsExactly(today.plusDays(7).toString(), today.plusDays(2).toString());
        assertThat(alerts.get(0).path("expirationDate").asString()).isEqualTo(today.plusDays(15).toString());
        assertThat(admin.get("/api/v1/lots/" + noStock.json().path("id").asLong() + "/events").at("/total").asInt())
                .isZero();
    }

    @Test
    void a_lot_whose_alert_date_passed_before_the_job_ran_is_alerted_at_its_next_run() {
        long milk = given.product("MILK", "lot");
        long lot = receive(milk, "L1", today.plusDays(1), today.minusDays(3));

        assertThat(runJobOn(today)).isEqualTo(1);

        assertThat(admin.get("/api/v1/lots/" + lot + "/events").at("/items/0/alertDate").asString())
                .isEqualTo(today.minusDays(3).toString());
    }

    @Test
    void the_history_shows_status_changes_with_who_and_why_next_to_alerts() {
        long milk = given.product("MILK", "lot");
        long lot = receive(milk, "L1", today.plusDays(10), today);
        runJobOn(today);
        admin.patch("/api/v1/lots/" + lot, Map.of("status", "quarantine", "reason", "Lab sample"));

        var history = userWithRole("viewer").get("/api/v1/lots/" + lot + "/events");

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        // the oldest is the alert date set by hand when the lot was received (receive below)
        assertThat(history.json().path("items").findValuesAsString("event"))
                .containsExactly("status", "alert", "change");
        assertThat(history.at("/items/0/fromStatus").asString()).isEqualTo("available");
        assertThat(history.at("/items/0/toStatus").asString()).isEqualTo("quarantine");
        assertThat(history.at("/items/0/reason").asString()).isEqualTo("Lab sample");
        assertThat(history.at("/items/0/actor").asString()).isEqualTo("admin");
        assertThat(history.at("/items/1/actor").asString()).isEqualTo("system");
    }

    @Test
    void the_history_of_an_unknown_lot_is_not_found() {
        assertProblem(admin.get("/api/v1/lots/9999/events"), 404, "not-found", "9999");
    }

    private long receive(long product, String lot, LocalDate expiration, LocalDate alert) {
        Map<String, Object> l = new LinkedHashMap<>(line(product, lot, null, 3));
        l.put("expirationDate", expiration.toString());
        given.done(given.transfer("receipt", null, l));
        long id = given.lotId(product, lot);
        var r = admin.patch("/api/v1/lots/" + id, Map.of("alertDate", alert.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }
}
