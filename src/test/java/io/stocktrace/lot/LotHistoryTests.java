package io.stocktrace.lot;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.PageSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A lot's dates, reference and note change only as a manager, whether through the API, the lot form or an import,
 * and every change is in the lot's history: the field, the value before and after, who and when.
 */
abstract class LotHistoryTests extends ApiTest {
    private long milk;
    private long lot;
    private LocalDate expiration;

    @BeforeEach
    void aReceivedLotWithDerivedDates() {
        milk = admin.post("/api/v1/products", Map.of("sku", "MILK", "name", "Milk", "tracking", "lot",
                "expiry", Map.of("expirationDays", 10, "alertDays", 3))).json().path("id").asLong();
        given.receivedLot(milk, "L1", 5);
        lot = given.lotId(milk, "L1");
        expiration = LocalDate.parse(admin.get("/api/v1/lots/" + lot).at("/expirationDate").asString());
    }

    @Test
    void an_operator_is_refused_a_lot_s_dates_on_the_api_and_on_the_lot_form_and_nothing_changes() {
        Http api = userWithRole("operator");
        PageSession lotForm = session(user("operator"));

        assertProblem(changesNothing(() -> api.patch("/api/v1/lots/" + lot, Map.of("expirationDate", "2099-12-31"))),
                403, "forbidden");
        var form = changesNothing(() -> {
            var r = lotForm.post("/lots/" + lot + "/dates", "expirationDate=2099-12-31");
            return new Http.Response(r.statusCode(), "", Map.of(), r.body(), null);
        });

        assertThat(form.status()).isEqualTo(403);
        assertThat(form.body()).contains("Forbidden");
        assertThat(admin.get("/api/v1/lots/" + lot).at("/expirationDate").asString()).isEqualTo(expiration.toString());
        assertThat(events().path("total").asLong()).isZero();
    }

    @Test
    void a_date_change_through_the_api_records_each_moved_date_with_who_when_and_the_old_and_new_value() {
        Instant before = Instant.now().minusSeconds(1);
        String name = user("manager");
        var manager = Http.to(port).basic(name, "password-" + name);

        assertThat(manager.patch("/api/v1/lots/" + lot, Map.of("expirationDate", expiration.plusDays(4).toString()))
                .status()).isEqualTo(200);

        JsonNode items = events().path("items");
        assertThat(items.valueStream().map(e -> tuple(e.path("event").asString(), e.path("field").asString(),
                e.path("oldValue").asString(), e.path("newValue").asString(), e.path("actor").asString())))
                .containsExactlyInAnyOrder(
                        tuple("change", "expirationDate", expiration.toString(), expiration.plusDays(4).toString(), name),
                        tuple("change", "alertDate", expiration.minusDays(3).toString(),
                                expiration.plusDays(1).toString(), name));
        assertThat(Instant.parse(items.get(0).path("occurredAt").asString())).isAfter(before);
    }

    @Test
    void a_change_of_reference_and_note_and_a_cleared_date_are_in_the_history_and_on_the_lot_form() {
        admin.patch("/api/v1/lots/" + lot, Map.of("ref", "PO-77", "note", "Cold chain checked"));
        String manager = user("manager");
        PageSession form = session(manager);

        var saved = form.post("/lots/" + lot + "/dates", "expirationDate=" + expiration + "&alertDate=");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(events().path("items").valueStream().map(e -> tuple(e.path("field").asString(),
                text(e.path("oldValue")), text(e.path("newValue")), e.path("actor").asString())))
                .containsExactly(
                        tuple("alertDate", expiration.minusDays(3).toString(), null, manager),
                        tuple("note", null, "Cold chain checked", "admin"),
                        tuple("ref", null, "PO-77", "admin"));
        assertThat(form.get("/lots/" + lot).body()).contains("Internal Reference: — → PO-77",
                "Alert Date: " + expiration.minusDays(3) + " → —");
    }

    @Test
    void an_import_that_updates_a_lot_records_the_fields_it_changes_and_nothing_for_the_same_values() {
        String csv = "product_sku,lot,ref,expiration_date\nMILK,L1,PO-9," + expiration.plusDays(1) + "\n";

        assertThat(admin.postRaw("/api/v1/imports/lots", csv, "text/csv").status()).isEqualTo(200);
        assertThat(admin.postRaw("/api/v1/imports/lots", csv, "text/csv").status()).isEqualTo(200);

        assertThat(events().path("items").valueStream().map(e -> tuple(e.path("field").asString(),
                e.path("newValue").asString(), e.path("actor").asString())))
                .containsExactlyInAnyOrder(tuple("ref", "PO-9", "admin"),
                        tuple("expirationDate", expiration.plusDays(1).toString(), "admin"),
                        tuple("alertDate", expiration.minusDays(2).toString(), "admin"));
    }

    @Test
    void an_operator_quarantines_through_the_api_as_on_the_lot_form_and_only_a_manager_releases() {
        Http operator = userWithRole("operator");

        assertThat(operator.post("/api/v1/lots/" + lot + "/quarantine", Map.of("reason", "Lab sample"))
                .at("/status").asString()).isEqualTo("quarantine");
        assertProblem(changesNothing(() -> operator.post("/api/v1/lots/" + lot + "/release",
                Map.of("reason", "Looks fine"))), 403, "forbidden");
        assertProblem(userWithRole("manager").post("/api/v1/lots/" + lot + "/release", Map.of()), 422,
                "validation-failed");
        assertThat(userWithRole("manager").post("/api/v1/lots/" + lot + "/release", Map.of("reason", "Lab result fine"))
                .at("/status").asString()).isEqualTo("available");
        assertThat(events().path("items").valueStream().map(e -> e.path("toStatus").asString() + " "
                + e.path("reason").asString())).containsExactly("available Lab result fine", "quarantine Lab sample");
    }

    private JsonNode events() {
        return userWithRole("viewer").get("/api/v1/lots/" + lot + "/events").json();
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    /** A new user with that role and the password {@code password-<name>}; answers the name. */
    private String user(String role) {
        String name = role + "-" + System.nanoTime();
        admin.post("/api/v1/users", Map.of("username", name, "password", "password-" + name, "role", role));
        return name;
    }

    private PageSession session(String name) {
        return PageSession.logIn(port, name, "password-" + name);
    }
}
