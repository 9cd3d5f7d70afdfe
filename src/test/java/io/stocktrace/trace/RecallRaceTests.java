package io.stocktrace.trace;

import static io.stocktrace.support.ManufacturingOrders.component;
import static io.stocktrace.support.ManufacturingOrders.order;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A recall and a delivery of a lot it reaches, at the same time: whichever commits first, the delivery is either in
 * the recall's list of customers or refused because the lot is recalled; never shipped and missing from the list.
 * The interleaving is made, not hoped for: the test holds a row lock that stops one of them at a known point (the
 * delivery at its stock, the recall at its ledger seal, just before it commits), waits until the other one is
 * waiting too, then lets go.
 */
abstract class RecallRaceTests extends ApiTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private long flourLot;
    private long breadLot;
    private long delivery;

    @BeforeEach
    void flourMadeIntoBreadThatAShopOrdered() {
        long flour = given.product("FLOUR", "lot");
        long bread = given.product("BREAD", "lot");
        given.receivedLot(flour, "F-1", 10);
        var made = admin.post("/api/v1/manufacturing-orders", order(bread, 5, "B-1", null, true,
                component(flour, 2, "F-1", null)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        flourLot = given.lotId(flour, "F-1");
        breadLot = given.lotId(bread, "B-1");
        delivery = given.transfer("delivery", given.partner("Shop"), line(bread, "B-1", null, 1)).path("id").asLong();
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void a_delivery_holding_its_stock_when_the_recall_comes_is_in_the_recall_s_list_of_customers() throws Exception {
        Future<Http.Response> delivered;
        Future<Http.Response> recalled;
        try (Connection hold = holding("SELECT id FROM quants WHERE lot_id = " + breadLot + " FOR UPDATE")) {
            delivered = pool.submit(this::validateDelivery);
            waitUntil("the delivery waits for the stock", () -> waiting() >= 1);
            recalled = pool.submit(this::recallFlour);
            waitUntil("the recall waits for the delivery (or is done)", () -> recalled.isDone() || waiting() >= 2);
            hold.rollback();
        }
        assertRecalledWithTheDeliveryOrRefused(delivered.get(60, TimeUnit.SECONDS), recalled.get(60, TimeUnit.SECONDS));
        assertThat(delivered.get().status()).as("the delivery had its lot first").isEqualTo(200);
    }

    @Test
    void a_delivery_validated_while_the_recall_commits_is_refused_as_recalled() throws Exception {
        Future<Http.Response> delivered;
        Future<Http.Response> recalled;
        try (Connection hold = holding("SELECT chain FROM ledger_heads WHERE chain = 'main' FOR UPDATE")) {
            recalled = pool.submit(this::recallFlour);
            waitUntil("the recall waits to seal its rows", () -> waiting() >= 1);
            delivered = pool.submit(this::validateDelivery);
            waitUntil("the delivery waits for the recall (or to seal its own rows)", () -> waiting() >= 2);
            hold.rollback();
        }
        assertRecalledWithTheDeliveryOrRefused(delivered.get(60, TimeUnit.SECONDS), recalled.get(60, TimeUnit.SECONDS));
        assertThat(delivered.get().status()).as("the recall had the lot first").isEqualTo(409);
    }

    private Http.Response validateDelivery() {
        return admin.post("/api/v1/transfers/" + delivery + "/validate", null);
    }

    private Http.Response recallFlour() {
        return admin.post("/api/v1/recalls", Map.of("lotId", flourLot, "reason", "Mould in the flour"));
    }

    private void assertRecalledWithTheDeliveryOrRefused(Http.Response delivered, Http.Response recalled) {
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(201);
        assertThat(admin.get("/api/v1/lots/" + breadLot).at("/status").asString()).isEqualTo("recalled");
        JsonNode recall = admin.get("/api/v1/recalls/" + recalled.at("/id").asLong()).json();
        List<String> shipped = new ArrayList<>();
        recall.path("customers").forEach(c -> c.path("shipments").forEach(s -> shipped.add(s.path("reference").asString())));
        if (delivered.status() == 200) {
            assertThat(shipped).as("the recall's customers").contains(delivered.at("/reference").asString());
            assertThat(recalled.json().path("customers").toString()).contains(delivered.at("/reference").asString());
        } else {
            assertThat(delivered.status()).as(delivered.body()).isEqualTo(409);
            assertThat(delivered.code()).isEqualTo("lot-blocked");
            assertThat(shipped).isEmpty();
            assertThat(admin.get("/api/v1/transfers/" + delivery).at("/state").asString()).isNotEqualTo("done");
        }
    }

    /** A connection of the test's own holding the locks the statement takes, until it is rolled back. */
    private Connection holding(String lockingStatement) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.executeQuery(lockingStatement).close();
        }
        return c;
    }

    /** How many sessions of this database wait for a lock another one holds. */
    private long waiting() {
        return isPostgres()
                ? jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND wait_event_type = 'Lock'").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")
                        .query(Long.class).single();
    }

    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, looking every few milliseconds, until the condition holds; fails after 30 s. */
    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s until " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
