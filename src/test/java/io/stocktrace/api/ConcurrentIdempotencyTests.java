package io.stocktrace.api;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import io.stocktrace.db.Rows;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Concurrently;
import io.stocktrace.support.Http;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Idempotency-Keys hold under overlapping repeats and crashes: the key is reserved before the work, so concurrent
 * repeats run it once; the work's own transaction records that it committed, so a retry after a lost answer never
 * runs it again; a reservation whose owner died before committing is taken over by the retry.
 */
abstract class ConcurrentIdempotencyTests extends ApiTest {
    private static final String TRANSFERS = "/api/v1/transfers";

    @MockitoSpyBean
    IdempotencyKeys keys;
    @Autowired
    IdempotencyReservations reservations;
    @Autowired
    ScheduledTaskHolder scheduled;

    @Test
    void ten_concurrent_creates_with_one_key_make_one_transfer() throws Exception {
        concurrentCreatesMakeOneTransfer(10);
    }

    @Test
    void fifty_concurrent_creates_with_one_key_make_one_transfer() throws Exception {
        concurrentCreatesMakeOneTransfer(50);
    }

    private void concurrentCreatesMakeOneTransfer(int requests) throws Exception {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        Http keyed = admin.header("Idempotency-Key", "receipt-" + requests);
        List<Http.Response> answers = Concurrently.run(requests, i -> () -> keyed.postRaw(TRANSFERS, body, "application/json"));

        assertThat(count("transfers")).isEqualTo(1);
        assertThat(count("transfer_lines")).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM transfers").query(Long.class).single();
        assertThat(answers.stream().filter(a -> a.status() == 201 && !replayed(a))).as("first answers").hasSize(1);
        for (Http.Response answer : answers) {
            if (answer.status() == 201) {
                assertThat(answer.at("/id").asLong()).isEqualTo(id);
                assertThat(answer.headers().get("location")).isEqualTo("/api/v1/transfers/" + id);
            } else {
                assertProblem(answer, 409, "idempotency-key-in-flight");
                assertThat(answer.headers()).containsKey("retry-after");
            }
        }
        var later = keyed.postRaw(TRANSFERS, body, "application/json");
        assertThat(later.status()).isEqualTo(201);
        assertThat(replayed(later)).isTrue();
        assertThat(later.at("/id").asLong()).isEqualTo(id);
    }

    @Test
    void concurrent_validations_with_one_key_count_the_stock_once() throws Exception {
        long bolts = given.product("BOLT", "none");
        long draft = admin.postRaw(TRANSFERS, receiptOf(bolts, 100), "application/json").at("/id").asLong();
        Http keyed = admin.header("Idempotency-Key", "validate-" + draft);
        List<Http.Response> answers = Concurrently.run(10,
                i -> () -> keyed.post(TRANSFERS + "/" + draft + "/validate", null));

        assertThat(answers.stream().filter(a -> a.status() == 200 && !replayed(a))).hasSize(1);
        for (Http.Response answer : answers) {
            if (answer.status() != 200) {
                assertProblem(answer, 409, "idempotency-key-in-flight");
                assertThat(answer.headers()).containsKey("retry-after");
            }
        }
        assertThat(onHand(bolts)).isEqualByComparingTo("100");
        assertThat(count("move_lines")).isEqualTo(1);
    }

    @Test
    void refuses_the_same_key_with_another_body_and_changes_nothing() {
        long bolts = given.product("BOLT", "none");
        Http keyed = admin.header("Idempotency-Key", "receipt-1");
        assertThat(keyed.postRaw(TRANSFERS, receiptOf(bolts, 100), "application/json").status()).isEqualTo(201);
        var other = changesNothing(() -> keyed.postRaw(TRANSFERS, receiptOf(bolts, 1000), "application/json"));
        assertProblem(other, 422, "idempotency-key-reused", "receipt-1");
    }

    @Test
    void a_failed_request_leaves_the_key_free_for_a_corrected_retry() {
        long milk = given.product("MILK", "lot");
        Http keyed = admin.header("Idempotency-Key", "milk-1");
        assertProblem(keyed.post(TRANSFERS, Map.of("type", "receipt", "lines", List.of(line(milk, null, null, 3)))),
                422, "lot-required");
        assertThat(count("idempotency_keys")).isZero();
        var corrected = keyed.post(TRANSFERS, Map.of("type", "receipt", "lines", List.of(line(milk, "M-1", null, 3))));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(count("transfers")).isEqualTo(1);
    }

    @Test
    void a_retry_after_a_lost_answer_is_told_the_work_was_done_and_does_not_run_it_again() {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        doThrow(new DataAccessResourceFailureException("disk full")).when(keys).complete(any(), any());
        Http keyed = admin.header("Idempotency-Key", "lost-1");
        var first = keyed.postRaw(TRANSFERS, body, "application/json");
        assertThat(first.status()).as("the caller still gets the answer").isEqualTo(201);

        var retry = keyed.postRaw(TRANSFERS, body, "application/json");
        assertProblem(retry, 409, "idempotency-key-answer-lost", "lost-1", "Do not send it again");
        assertThat(retry.headers()).doesNotContainKey("retry-after");
        assertThat(retry.at("/committedAt").asString()).isNotBlank();
        assertThat(count("transfers")).isEqualTo(1);
    }

    @Test
    void a_retry_never_reruns_work_that_committed_under_a_dead_owner() {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        insertReservation("dead-1", hashOf(TRANSFERS, body), -60, true);
        var retry = admin.header("Idempotency-Key", "dead-1").postRaw(TRANSFERS, body, "application/json");
        assertProblem(retry, 409, "idempotency-key-answer-lost");
        assertThat(count("transfers")).isZero();
    }

    @Test
    void a_retry_takes_over_a_stale_reservation_whose_work_never_committed() {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        insertReservation("stale-1", hashOf(TRANSFERS, body), -60, false);
        Http keyed = admin.header("Idempotency-Key", "stale-1");
        var retry = keyed.postRaw(TRANSFERS, body, "application/json");
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(replayed(retry)).isFalse();
        assertThat(count("transfers")).isEqualTo(1);
        assertThat(replayed(keyed.postRaw(TRANSFERS, body, "application/json"))).isTrue();
        assertThat(count("transfers")).isEqualTo(1);
    }

    @Test
    void a_reservation_with_a_live_lease_is_in_flight() {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        insertReservation("live-1", hashOf(TRANSFERS, body), 30, false);
        var retry = admin.header("Idempotency-Key", "live-1").postRaw(TRANSFERS, body, "application/json");
        assertProblem(retry, 409, "idempotency-key-in-flight", "live-1");
        assertThat(retry.headers().get("retry-after")).isEqualTo("1");
        assertThat(count("transfers")).isZero();
    }

    @Test
    void an_owner_whose_key_was_taken_over_cannot_commit_its_work() {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        doAnswer(call -> {
            jdbc.sql("UPDATE idempotency_keys SET lease_token = 'a-retry-took-it'").update();
            return call.callRealMethod();
        }).when(keys).stampWorkCommitted(any(), any());
        var owner = admin.header("Idempotency-Key", "fenced-1").postRaw(TRANSFERS, body, "application/json");
        assertProblem(owner, 409, "idempotency-key-in-flight", "taken over");
        assertThat(count("transfers")).isZero();
        assertThat(count("transfer_lines")).isZero();
    }

    @Test
    void every_creation_endpoint_replays_a_repeated_key_and_creates_nothing_more() {
        long bolts = given.product("BOLT", "none");
        long milk = given.product("MILK", "lot");
        long receipt = given.receivedLot(bolts, null, 10).path("id").asLong();
        given.receivedLot(milk, "M-1", 5);
        long lot = given.lotId(milk, "M-1");
        createsOnce("/api/v1/products", Map.of("sku", "NUT", "name", "Nut", "tracking", "none"));
        createsOnce("/api/v1/partners", Map.of("name", "Mill Co"));
        createsOnce("/api/v1/locations", Map.of("name", "Shelf", "parentId", 2, "usage", "internal"));
        createsOnce("/api/v1/lots", Map.of("productId", milk, "name", "M-2"));
        createsOnce(TRANSFERS, Map.of("type", "receipt", "lines", List.of(line(bolts, null, null, 5))));
        createsOnce(TRANSFERS + "/" + receipt + "/return", Map.of("lines", List.of(line(bolts, null, null, 1))));
        createsOnce("/api/v1/scraps", Map.of("productId", bolts, "quantity", 1, "sourceLocationId", 2, "reason", "Bent"));
        createsOnce("/api/v1/inventory-adjustments", Map.of("reason", "Count",
                "lines", List.of(Map.of("productId", bolts, "locationId", 2, "countedQuantity", 7))));
        createsOnce("/api/v1/recalls", Map.of("lotId", lot, "reason", "Sour"));
        createsOnce("/api/v1/users", Map.of("username", "clerk", "password", "clerk-password-1", "role", "operator"));
        assertThat(count("partners")).isEqualTo(1);
        assertThat(count("locations")).isEqualTo(10);
        assertThat(count("app_users")).isEqualTo(2);
    }

    @Test
    void a_new_api_token_is_never_stored_for_replay() {
        Http keyed = admin.header("Idempotency-Key", "token-1");
        var first = keyed.post("/api/v1/users/1/tokens", Map.of("name", "scanner"));
        var second = keyed.post("/api/v1/users/1/tokens", Map.of("name", "scanner"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.at("/token").asString()).isNotEqualTo(first.at("/token").asString());
        assertThat(count("idempotency_keys")).isZero();
    }

    @Test
    void a_running_owner_keeps_its_lease_alive() {
        insertReservation("long-1", "hash", 2, false);
        long id = jdbc.sql("SELECT id FROM idempotency_keys").query(Long.class).single();
        KeyLease lease = new KeyLease(id, "previous-process");
        reservations.hold(lease);
        try {
            reservations.renewLeases();
        } finally {
            reservations.letGo(lease);
        }
        Instant leaseUntil = jdbc.sql("SELECT lease_expires_at FROM idempotency_keys")
                .query((rs, n) -> Rows.instant(rs, "lease_expires_at")).single();
        assertThat(leaseUntil).isAfter(Instant.now().plusSeconds(20));
        assertThat(scheduled.getScheduledTasks()).map(task -> task.getTask().getRunnable().toString())
                .anyMatch(task -> task.endsWith("IdempotencyReservations.renewLeases"))
                .anyMatch(task -> task.endsWith("IdempotencyReservations.purgeExpiredOnce"));
    }

    @Test
    void keys_are_kept_a_day_unless_still_held() {
        String body = receiptOf(given.product("BOLT", "none"), 100);
        admin.header("Idempotency-Key", "old-1").postRaw(TRANSFERS, body, "application/json");
        admin.header("Idempotency-Key", "new-1").postRaw(TRANSFERS, body, "application/json");
        insertReservation("held-1", "hash", 30, false);
        jdbc.sql("UPDATE idempotency_keys SET created_at = :longAgo WHERE idempotency_key IN ('old-1', 'held-1')")
                .param("longAgo", Rows.utc(Instant.now().minus(java.time.Duration.ofHours(25)))).update();
        reservations.purgeExpired();
        assertThat(jdbc.sql("SELECT idempotency_key FROM idempotency_keys ORDER BY idempotency_key")
                .query(String.class).list()).containsExactly("held-1", "new-1");
    }

    private void createsOnce(String path, Map<String, Object> body) {
        Http keyed = admin.header("Idempotency-Key", "create " + path);
        var first = keyed.post(path, body);
        assertThat(first.status()).as(path + " " + first.body()).isBetween(200, 201);
        var again = changesNothing(() -> keyed.post(path, body));
        assertThat(again.status()).as(path).isEqualTo(first.status());
        assertThat(again.body()).as(path).isEqualTo(first.body());
        assertThat(replayed(again)).as(path).isTrue();
    }

    private void insertReservation(String key, String hash, int leaseSecondsFromNow, boolean workCommitted) {
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO idempotency_keys (username, idempotency_key, request_hash, state, lease_token,
                                                      lease_expires_at, work_committed_at, created_at)
                        VALUES ('admin', :key, :hash, 'in-flight', 'previous-process', :leaseUntil, :committedAt,
                                :createdAt)
                        """)
                .param("key", key).param("hash", hash)
                .param("leaseUntil", Rows.utc(now.plusSeconds(leaseSecondsFromNow)))
                .param("committedAt", workCommitted ? Rows.utc(now.minusSeconds(90)) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                .param("createdAt", Rows.utc(now.minusSeconds(120)))
                .update();
    }

    private static String hashOf(String path, String body) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update((path + "?null\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String receiptOf(long productId, int quantity) {
        return Http.json(Map.of("type", "receipt", "lines", List.of(line(productId, null, null, quantity))));
    }

    private static boolean replayed(Http.Response answer) {
        return "true".equals(answer.headers().get("idempotent-replayed"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private BigDecimal onHand(long productId) {
        return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM quants WHERE product_id = :p AND location_id = 2")
                .param("p", productId).query(BigDecimal.class).single();
    }
}
