package io.stocktrace.pack;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.Concurrently;
import io.stocktrace.support.Http;
import io.stocktrace.support.OnPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packages' invariants under concurrent requests, on PostgreSQL. */
@OnPostgres
class PackagesConcurrencyPostgresIT extends PackageFixture {
    @Test
    void of_two_packs_of_the_same_serial_into_two_packages_at_once_one_wins() throws Exception {
        for (int round = 0; round < 5; round++) {
            long a = created("A-" + round, "box");
            long b = created("B-" + round, "box");
            String serial = "SN-" + (round % 4 + 1);
            List<Http.Response> answers = Concurrently.run(2, i -> () -> pack(i == 0 ? a : b,
                    List.of(line(phone, serial, null, null)), null));

            assertThat(answers.stream().filter(r -> r.status() == 201).count()).as(answers.toString()).isEqualTo(1);
            assertThat(answers.stream().filter(r -> r.status() == 409).map(Http.Response::code).toList())
                    .as(answers.toString()).hasSize(1).allMatch(c -> c.equals("insufficient-stock")
                            || c.equals("already-packed"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM quants WHERE lot_id = :l").param("l", given.lotId(phone, serial))
                    .query(Long.class).single()).isEqualTo(1);
            long winner = answers.get(0).status() == 201 ? a : b;
            assertThat(admin.post("/api/v1/packages/" + winner + "/unpack", null).status()).isEqualTo(200);
        }
    }

    @Test
    void a_package_shipped_and_packed_into_at_once_ends_either_shipped_whole_or_holding_the_serial_in_stock()
            throws Exception {
        long box = created("BOX", "box");
        assertThat(pack(box, List.of(line(phone, "SN-1", null, null)), null).status()).isEqualTo(201);
        var delivery = admin.post("/api/v1/transfers", Map.of("type", "delivery", "packages",
                List.of(Map.of("name", "BOX"))));

        List<Http.Response> answers = Concurrently.run(2, i -> () -> i == 0
                ? admin.post("/api/v1/transfers/" + delivery.at("/id").asLong() + "/validate", null)
                : pack(box, List.of(line(phone, "SN-2", null, null)), null));

        assertThat(answers).allMatch(r -> r.status() == 200 || r.status() == 201 || r.status() == 409);
        long packedInStock = jdbc.sql("SELECT COUNT(*) FROM quants WHERE package_id = :b").param("b", box)
                .query(Long.class).single();
        String where = admin.get("/api/v1/packages/" + box).at("/location").asString();
        // whichever came first, the content is where the package is (the database's key holds it too)
        assertThat(where.equals("WH/Stock") ? packedInStock >= 1 : packedInStock == 0).as(answers.toString()).isTrue();
    }

    @Test
    void of_two_drafts_reserving_the_same_package_at_once_one_wins_and_the_other_takes_nothing() throws Exception {
        for (int round = 0; round < 4; round++) {
            String name = "BOX-" + round;
            long box = created(name, "box");
            assertThat(pack(box, List.of(line(phone, "SN-" + (round + 1), null, null), line(milk, "MILK-1", null, 1)),
                    null).status()).isEqualTo(201);
            // the second draft names the box through its pallet half the time
            String other = name;
            if (round % 2 == 1) {
                other = "PALLET-" + round;
                long pallet = created(other, "pallet");
                assertThat(pack(pallet, List.of(), List.of(name)).status()).isEqualTo(201);
            }
            List<Long> drafts = List.of(draftOf(name), draftOf(other));

            List<Http.Response> answers = Concurrently.run(2, i -> () -> admin.post("/api/v1/transfers/"
                    + drafts.get(i) + "/reserve", null));

            assertThat(answers.stream().filter(r -> r.status() == 200).count()).as(answers.toString()).isEqualTo(1);
            assertThat(answers.stream().filter(r -> r.status() == 409).map(Http.Response::code).toList())
                    .as(answers.toString()).containsExactly("insufficient-stock");
            assertThat(jdbc.sql("SELECT SUM(reserved_quantity) FROM quants WHERE package_id = :b").param("b", box)
                    .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("2");
            long winner = drafts.get(answers.get(0).status() == 200 ? 0 : 1);
            assertThat(admin.post("/api/v1/transfers/" + winner + "/validate", null).status()).isEqualTo(200);
        }
        // verify runs after the test (LedgerStaysSound): every reservation is an open transfer's, none left over
    }

    @Test
    void of_two_receipts_of_the_same_new_pallet_at_once_one_wins_and_the_other_is_told_which_receipt_took_it()
            throws Exception {
        for (int round = 0; round < 4; round++) {
            String pallet = "PAL-R" + round;
            List<Long> receipts = List.of(receiptOf(pallet, "RACE-A" + round), receiptOf(pallet, "RACE-B" + round));

            List<Http.Response> answers = Concurrently.run(2, i -> () -> admin.post("/api/v1/transfers/"
                    + receipts.get(i) + "/validate", null));

            assertThat(answers.stream().filter(r -> r.status() == 200).count()).as(answers.toString()).isEqualTo(1);
            Http.Response winner = answers.get(0).status() == 200 ? answers.get(0) : answers.get(1);
            Http.Response loser = answers.get(0).status() == 200 ? answers.get(1) : answers.get(0);
            assertThat(loser.status()).as(loser.body()).isEqualTo(409);
            // validated after the winner committed, the loser's draft lost the pallet and was cancelled; validated
            // at the same time, it is refused naming the pallet and the receipt that took it
            if (loser.code().equals("duplicate-package-name")) {
                assertThat(loser.json().path("detail").asString()).contains(pallet,
                        winner.at("/reference").asString());
            } else {
                assertThat(loser.code()).as(loser.body()).isEqualTo("invalid-state");
            }
            assertThat(admin.get("/api/v1/packages/by-name?name=" + pallet).at("/totalQuantity").decimalValue())
                    .as("received once").isEqualByComparingTo("2");
        }
    }

    private long receiptOf(String pallet, String lot) {
        var r = admin.post("/api/v1/transfers", Map.of("type", "receipt", "packages", List.of(
                Map.of("name", pallet, "type", "pallet", "lines", List.of(line(milk, lot, null, 2))))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.at("/id").asLong();
    }

    private long draftOf(String packageName) {
        var r = admin.post("/api/v1/transfers", Map.of("type", "delivery", "packages",
                List.of(Map.of("name", packageName))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.at("/id").asLong();
    }
}
