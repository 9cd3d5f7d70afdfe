package io.stocktrace.pack;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Http;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pallet an advance shipping notice announced that comes in through another receipt leaves the notice's draft with
 * its lines, in the draft's history, and the draft validates the rest; a draft that names a package that came in
 * meanwhile is refused with the package and the receipt that took it, and can be rid of those lines.
 */
abstract class ReceivedElsewhereTests extends PackageFixture {
    static final String PALLET_1 = Sscc.of(1, "0614141", 101);
    static final String CASE_1 = Sscc.of(1, "0614141", 102);
    static final String PALLET_2 = Sscc.of(1, "0614141", 103);
    private static final String NOTICE = "sscc,type,parent,sku,lot,serial,quantity\n"
            + PALLET_1 + ",pallet,,,,,\n"
            + CASE_1 + ",case," + PALLET_1 + ",PHONE,,ASN-1,\n"
            + CASE_1 + ",case," + PALLET_1 + ",PHONE,,ASN-2,\n"
            + PALLET_1 + ",pallet,,MILK,MILK-7,,3\n"
            + PALLET_2 + ",pallet,,MILK,MILK-8,,5\n";

    private long notice(String csv) {
        var r = admin.postRaw("/api/v1/receipts/asn", csv, "text/csv");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.at("/id").asLong();
    }

    /** A receipt of the first pallet, its case and their content, as the dock's scan of the pallet fills it. */
    private Http.Response firstPalletReceivedAtTheDock() {
        var created = admin.post("/api/v1/transfers", Map.of("type", "receipt", "packages", List.of(
                Map.of("name", PALLET_1, "type", "pallet", "lines", List.of(line(milk, "MILK-7", null, 3))),
                Map.of("name", CASE_1, "type", "case", "parent", PALLET_1,
                        "lines", List.of(line(phone, null, List.of("ASN-1", "ASN-2"), null))))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private Http.Response validate(long id) {
        return admin.post("/api/v1/transfers/" + id + "/validate", null);
    }

    @Test
    void a_pallet_received_through_another_receipt_leaves_the_notice_draft_which_then_validates_the_rest() {
        long asn = notice(NOTICE);
        var dock = firstPalletReceivedAtTheDock();
        assertThat(validate(dock.at("/id").asLong()).status()).isEqualTo(200);

        var draft = admin.get("/api/v1/transfers/" + asn);
        assertThat(draft.at("/state").asString()).isEqualTo("draft");
        assertThat(draft.json().path("lines").findValuesAsString("lot")).containsExactly("MILK-8");
        var history = admin.get("/api/v1/receipts/" + asn + "/received-elsewhere");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json().path("packages").valueStream().map(n -> n.asString())).containsExactly(PALLET_2);
        assertThat(history.json().path("receivedElsewhere").findValuesAsString("packageName"))
                .containsExactlyInAnyOrder(PALLET_1, CASE_1);
        assertThat(history.json().path("receivedElsewhere").findValuesAsString("receivedBy")).containsOnly(
                dock.at("/reference").asString());
        assertThat(history.json().path("receivedElsewhere").findValues("lines").stream().mapToInt(n -> n.asInt())
                .sum()).as("the milk line and the line of two serials").isEqualTo(2);

        var page = io.stocktrace.support.PageSession.logIn(port, "admin", ADMIN_PASSWORD);
        assertThat(page.get("/transfers/" + asn + "/edit").body()).as("the draft's form, its first lines gone")
                .contains("value=\"" + PALLET_2 + "\"").doesNotContain(CASE_1);
        assertThat(page.get("/transfers/" + asn + "/received-elsewhere").body()).contains(PALLET_1, CASE_1,
                dock.at("/reference").asString()).doesNotContain("Remove Received Packages");

        var done = validate(asn);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/packages/by-name?name=" + PALLET_2).at("/totalQuantity").decimalValue())
                .isEqualByComparingTo("5");
        assertThat(admin.get("/api/v1/packages/by-name?name=" + PALLET_1).at("/totalQuantity").decimalValue())
                .as("received once").isEqualByComparingTo("5");
    }

    @Test
    void a_notice_whose_every_pallet_came_in_elsewhere_is_cancelled_with_its_history() {
        long asn = notice("sscc,type,parent,sku,lot,serial,quantity\n" + PALLET_1 + ",pallet,,MILK,MILK-7,,3\n"
                + CASE_1 + ",case," + PALLET_1 + ",PHONE,,ASN-1,\n" + CASE_1 + ",case," + PALLET_1 + ",PHONE,,ASN-2,\n");
        assertThat(validate(firstPalletReceivedAtTheDock().at("/id").asLong()).status()).isEqualTo(200);

        assertThat(admin.get("/api/v1/transfers/" + asn).at("/state").asString()).isEqualTo("cancelled");
        assertThat(admin.get("/api/v1/receipts/" + asn + "/received-elsewhere").json().path("receivedElsewhere")
                .size()).isEqualTo(2);
    }

    @Test
    void a_draft_that_names_a_package_received_meanwhile_is_refused_naming_it_and_the_receipt_then_validates_the_rest()
            throws Exception {
        long asn = notice(NOTICE);
        var dock = firstPalletReceivedAtTheDock();
        // the notice's draft is being validated or edited elsewhere while the dock's receipt is validated
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().executeQuery("SELECT id FROM transfers WHERE id = " + asn + " FOR UPDATE").close();
            assertThat(validate(dock.at("/id").asLong()).status()).isEqualTo(200);
            other.rollback();
        }
        String reference = dock.at("/reference").asString();

        var refused = changesNothing(() -> validate(asn));
        assertProblem(refused, 409, "duplicate-package-name", PALLET_1, CASE_1, reference, "Remove Received Packages");
        assertThat(refused.json().path("packages").findValuesAsString("receivedBy")).containsOnly(reference);

        var removed = admin.post("/api/v1/receipts/" + asn + "/received-elsewhere", null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("packages").valueStream().map(n -> n.asString())).containsExactly(PALLET_2);
        assertThat(removed.json().path("receivedElsewhere").findValuesAsString("receivedBy")).containsOnly(reference);
        var done = validate(asn);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/packages/by-name?name=" + PALLET_2).at("/type").asString()).isEqualTo("pallet");
    }

    @Test
    void removing_received_packages_from_anything_but_an_open_receipt_is_refused() {
        long delivery = given.transfer("delivery", null, line(bolts, null, null, 1)).path("id").asLong();
        assertProblem(admin.post("/api/v1/receipts/" + delivery + "/received-elsewhere", null), 409, "invalid-state",
                "not an open receipt");
        assertProblem(admin.post("/api/v1/receipts/999999/received-elsewhere", null), 404, "not-found");
        long asn = notice(NOTICE);
        var nothing = admin.post("/api/v1/receipts/" + asn + "/received-elsewhere", null);
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.json().path("receivedElsewhere").size()).as("nothing of it came in").isZero();
        assertThat(nothing.json().path("packages").size()).isEqualTo(3);
    }
}
