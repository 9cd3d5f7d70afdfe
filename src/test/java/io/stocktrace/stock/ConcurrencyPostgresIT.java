package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Concurrently;
import io.stocktrace.support.Http;
import io.stocktrace.support.OnPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invariants 3 and 4 under 20 concurrent requests, on the production database. */
@OnPostgres
class ConcurrencyPostgresIT extends ApiTest {
    private static final int THREADS = 20;

    @Autowired
    LedgerCheck ledger;

    @Test
    void only_one_of_twenty_concurrent_deliveries_of_the_same_serial_succeeds() throws Exception {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-ONE");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            drafts.add(given.transfer("delivery", null, line(phone, "SN-ONE", null, 1)).path("id").asLong());
        }

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/transfers/" + drafts.get(i) + "/validate", null));

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.code()).as(r.body()).isEqualTo("insufficient-stock"));
        assertThat(count("SELECT COUNT(*) FROM move_lines WHERE operation_type = 'delivery'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM quants")).isZero();
        assertThat(ledger.verify().isClean()).isTrue();
    }

    @Test
    void only_one_of_twenty_concurrent_receipts_of_the_same_new_serial_succeeds() throws Exception {
        long phone = given.product("PHONE", "serial");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            drafts.add(given.transfer("receipt", null, line(phone, null, List.of("SN-NEW"), null)).path("id").asLong());
        }

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/transfers/" + drafts.get(i) + "/validate", null));

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.code()).as(r.body()).isEqualTo("serial-already-in-stock"));
        assertThat(count("SELECT COUNT(*) FROM lots")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM quants WHERE quantity = 1")).isEqualTo(1);
        assertThat(ledger.verify().isClean()).isTrue();
    }

    @Test
    void twenty_concurrent_shipments_from_a_lot_that_covers_half_of_them_never_go_negative() throws Exception {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "MILK-1", THREADS / 2);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            drafts.add(given.transfer("delivery", null, line(milk, i % 2 == 0 ? "MILK-1" : null, null, 1))
                    .path("id").asLong());
        }

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/transfers/" + drafts.get(i) + "/validate", null));

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(THREADS / 2);
        assertThat(answers).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.code()).as(r.body()).isEqualTo("insufficient-stock"));
        assertThat(count("SELECT COUNT(*) FROM quants WHERE quantity < 0")).isZero();
        assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM quants")).isZero();
        assertThat(ledger.verify().isClean()).isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Number.class).single().longValue();
    }

    private static List<Http.Response> concurrently(IntFunction<Callable<Http.Response>> call) throws Exception {
        return Concurrently.run(THREADS, call);
    }
}
