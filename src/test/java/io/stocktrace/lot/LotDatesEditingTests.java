package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lot's dates through the API: derived from the product's expiry, and moving together when the expiration moves. */
abstract class LotDatesEditingTests extends ApiTest {

    private long milkWithExpiry() {
        var r = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 30, "bestBeforeDays", 5, "removalDays", 3, "alertDays", 7)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    @Test
    void moves_best_before_removal_and_alert_dates_with_a_changed_expiration_date() {
        long milk = milkWithExpiry();
        var lot = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "MILK-1", "expirationDate", "2030-04-09"));
        assertThat(lot.status()).as(lot.body()).isEqualTo(201);
        assertThat(lot.at("/removalDate").asString()).isEqualTo("2030-04-06");

        var moved = admin.patch("/api/v1/lots/" + lot.json().path("id").asLong(), Map.of("expirationDate", "2030-04-19"));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.at("/expirationDate").asString()).isEqualTo("2030-04-19");
        assertThat(moved.at("/bestBeforeDate").asString()).isEqualTo("2030-04-14");
        assertThat(moved.at("/removalDate").asString()).isEqualTo("2030-04-16");
        assertThat(moved.at("/alertDate").asString()).isEqualTo("2030-04-12");
    }

    @Test
    void a_date_sent_with_the_new_expiration_date_wins_over_the_moved_one() {
        long milk = milkWithExpiry();
        var lot = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "MILK-1", "expirationDate", "2030-04-09"));
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("expirationDate", "2030-04-19");
        patch.put("removalDate", "2030-04-01");

        var moved = admin.patch("/api/v1/lots/" + lot.json().path("id").asLong(), patch);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.at("/removalDate").asString()).isEqualTo("2030-04-01");
        assertThat(moved.at("/bestBeforeDate").asString()).isEqualTo("2030-04-14");
    }

    @Test
    void a_date_set_by_hand_stays_when_the_expiration_date_is_corrected_later() {
        long milk = milkWithExpiry();
        var lot = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "MILK-1", "expirationDate", "2030-04-09"));
        long id = lot.json().path("id").asLong();
        admin.patch("/api/v1/lots/" + id, Map.of("alertDate", "2030-03-01"));

        var moved = admin.patch("/api/v1/lots/" + id, Map.of("expirationDate", "2030-04-19"));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.at("/alertDate").asString()).isEqualTo("2030-03-01");
        assertThat(moved.at("/removalDate").asString()).isEqualTo("2030-04-16");
    }

    @Test
    void refuses_an_alert_date_after_the_expiration_date_at_the_alert_date_and_changes_nothing() {
        long milk = milkWithExpiry();
        var lot = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "MILK-1", "expirationDate", "2030-04-09"));
        long id = lot.json().path("id").asLong();

        var late = admin.patch("/api/v1/lots/" + id, Map.of("alertDate", "2030-04-10"));
        var earlier = admin.patch("/api/v1/lots/" + id, Map.of("expirationDate", "2030-03-01", "alertDate", "2030-03-05"));
        var created = admin.post("/api/v1/lots", Map.of("productId", milk, "name", "MILK-2",
                "expirationDate", "2030-04-09", "alertDate", "2030-05-01"));

        for (var refused : java.util.List.of(late, earlier, created)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.at("/errors/0/field").asString()).isEqualTo("alertDate");
            assertThat(refused.at("/errors/0/message").asString()).isEqualTo("must be on or before the expiration date");
        }
        var unchanged = admin.get("/api/v1/lots/" + id);
        assertThat(unchanged.at("/expirationDate").asString()).isEqualTo("2030-04-09");
        assertThat(unchanged.at("/alertDate").asString()).isEqualTo("2030-04-02");
        assertThat(admin.patch("/api/v1/lots/" + id, Map.of("alertDate", "2030-04-09")).status()).isEqualTo(200);
    }
}
