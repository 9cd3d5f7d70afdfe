package io.stocktrace.stock;

import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.db.References;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction that drew a reference and runs on (a receipt of 200,000 serials) holds up no other creation. */
abstract class ReferenceSeriesTests extends ApiTest {
    @Autowired
    References references;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_long_transaction_holding_a_reference_does_not_hold_up_the_next_creation_of_its_series() throws Exception {
        long milk = given.product("MILK", "lot");
        CountDownLatch drawn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> longOne = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                .execute(status -> {
                    String reference = references.next("receipt");
                    drawn.countDown();
                    awaitQuietly(release);
                    return reference;
                }));
        assertThat(drawn.await(30, TimeUnit.SECONDS)).isTrue();
        // a safety net: if the series were locked, the request below would wait for this release instead of failing
        CompletableFuture.delayedExecutor(20, TimeUnit.SECONDS).execute(release::countDown);
        try {
            Http.Response other = admin.post("/api/v1/transfers",
                    Map.of("type", "receipt", "lines", List.of(line(milk, "MILK-1", null, 5))));

            assertThat(longOne).as("the long transaction is still open when the other receipt is created").isNotDone();
            assertThat(other.status()).as(other.body()).isEqualTo(201);
            assertThat(other.at("/reference").asString()).isEqualTo("WH/IN/00002");
        } finally {
            release.countDown();
        }
        assertThat(longOne.get(30, TimeUnit.SECONDS)).isEqualTo("WH/IN/00001");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
