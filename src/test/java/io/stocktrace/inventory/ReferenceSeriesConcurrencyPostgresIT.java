package io.stocktrace.inventory;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.location.Locations;
import io.stocktrace.stock.LedgerCheck;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Concurrently;
import io.stocktrace.support.Http;
import io.stocktrace.support.OnPostgres;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The return, scrap and adjustment series under 20 concurrent requests each, on the production database: every
 * reference is used once.
 */
@OnPostgres
class ReferenceSeriesConcurrencyPostgresIT extends ApiTest {
    private static final int THREADS = 20;

    @Autowired
    LedgerCheck ledger;

    @Test
    void twenty_concurrent_returns_of_one_delivery_get_unique_references_and_never_exceed_it() throws Exception {
        long milk = given.product("MILK", "lot");
        given.receivedLot(milk, "MILK-1", THREADS);
        JsonNode delivery = given.done(given.transfer("delivery", null, line(milk, "MILK-1", null, THREADS - 5)));

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/transfers/" + delivery.path("id").asLong()
                + "/return", Map.of("lines", List.of(line(milk, "MILK-1", null, 1)))));

        assertThat(answers).filteredOn(r -> r.status() != 201)
                .hasSize(5).allSatisfy(r -> assertThat(r.code()).as(r.body()).isEqualTo("return-exceeds-sent"));
        assertUniqueAndIncreasing(answers, "WH/RET/", THREADS - 5);
    }

    @Test
    void twenty_concurrent_scraps_get_twenty_unique_references_without_a_gap() throws Exception {
        long phone = given.product("PHONE", "serial");
        List<String> serials = IntStream.range(0, THREADS).mapToObj(i -> "SN-" + i).toList();
        given.receivedSerials(phone, serials.toArray(String[]::new));

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/scraps", Map.of("productId", phone,
                "lot", serials.get(i), "sourceLocationId", Locations.STOCK, "reason", "Dropped")));

        assertUniqueAndIncreasing(answers, "WH/SCRAP/", THREADS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants").query(Long.class).single()).isZero();
    }

    @Test
    void twenty_concurrent_counts_get_twenty_unique_references_without_a_gap() throws Exception {
        List<Long> products = IntStream.range(0, THREADS).mapToObj(i -> given.product("P-" + i, "none")).toList();

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/inventory-adjustments",
                Map.of("lines", List.of(Map.of("productId", products.get(i), "locationId", Locations.STOCK,
                        "countedQuantity", i + 1)))));

        assertUniqueAndIncreasing(answers, "WH/ADJ/", THREADS);
    }

    /**
     * Every created operation has its own reference of the series; with no refused request the series has no gap.
     * References come from a sequence, so a refused request may leave a gap and commit order is not reference order.
     */
    private void assertUniqueAndIncreasing(List<Http.Response> answers, String prefix, int succeeded) {
        List<Http.Response> created = answers.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(answers.toString()).hasSize(succeeded);
        List<String> references = created.stream().map(r -> r.at("/reference").asString()).sorted().toList();
        List<String> series = IntStream.rangeClosed(1, THREADS).mapToObj(n -> prefix + String.format("%05d", n)).toList();
        assertThat(references).doesNotHaveDuplicates().isSubsetOf(series);
        if (succeeded == THREADS) {
            assertThat(references).containsExactlyElementsOf(series);
        }
        assertThat(ledger.verify().isClean()).isTrue();
    }

    private static List<Http.Response> concurrently(IntFunction<Callable<Http.Response>> call) throws Exception {
        return Concurrently.run(THREADS, call);
    }
}
