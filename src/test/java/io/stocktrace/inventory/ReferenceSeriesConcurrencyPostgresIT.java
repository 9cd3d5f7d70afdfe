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
 * reference is used once, and they increase in the order the requests were committed.
 */
@OnPostgres
class ReferenceSeriesConcurrencyPostgresIT extends ApiTest {
    private static final int THREADS = 20;

    @Autowired
    LedgerCheck ledger;

    @Test
    void twenty_concurrent_returns_of_one_delivery_get_twenty_unique_increasing_references_and_never_exceed_it() throws Exception {
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
    void twenty_concurrent_scraps_get_twenty_unique_increasing_references() throws Exception {
        long phone = given.product("PHONE", "serial");
        List<String> serials = IntStream.range(0, THREADS).mapToObj(i -> "SN-" + i).toList();
        given.receivedSerials(phone, serials.toArray(String[]::new));

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/scraps", Map.of("productId", phone,
                "lot", serials.get(i), "sourceLocationId", Locations.STOCK, "reason", "Dropped")));

        assertUniqueAndIncreasing(answers, "WH/SCRAP/", THREADS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quants").query(Long.class).single()).isZero();
    }

    @Test
    void twenty_concurrent_counts_get_twenty_unique_increasing_references() throws Exception {
        List<Long> products = IntStream.range(0, THREADS).mapToObj(i -> given.product("P-" + i, "none")).toList();

        List<Http.Response> answers = concurrently(i -> () -> admin.post("/api/v1/inventory-adjustments",
                Map.of("lines", List.of(Map.of("productId", products.get(i), "locationId", Locations.STOCK,
                        "countedQuantity", i + 1)))));

        assertUniqueAndIncreasing(answers, "WH/ADJ/", THREADS);
    }

    private void assertUniqueAndIncreasing(List<Http.Response> answers, String prefix, int succeeded) {
        List<Http.Response> created = answers.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(answers.toString()).hasSize(succeeded);
        List<String> references = created.stream().map(r -> r.at("/reference").asString()).sorted().toList();
        assertThat(references).doesNotHaveDuplicates()
                .containsExactlyElementsOf(IntStream.rangeClosed(1, succeeded)
                        .mapToObj(n -> prefix + String.format("%05d", n)).toList());
        // ids follow commit order of the inserts, and references follow ids: the series increases
        List<String> byId = created.stream().sorted(java.util.Comparator.comparingLong(r -> r.at("/id").asLong()))
                .map(r -> r.at("/reference").asString()).toList();
        assertThat(byId).isEqualTo(references);
        assertThat(ledger.verify().isClean()).isTrue();
    }

    private static List<Http.Response> concurrently(IntFunction<Callable<Http.Response>> call) throws Exception {
        return Concurrently.run(THREADS, call);
    }
}
