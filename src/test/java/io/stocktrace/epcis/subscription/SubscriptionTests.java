package io.stocktrace.epcis.subscription;

import static io.stocktrace.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Problems;
import io.stocktrace.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer subscribes to our shipping events to them; their webhook is down twice, then up. The rounds of the
 * delivery worker are driven here with explicit instants (no waiting): what is due, what backs off, what goes in order.
 */
abstract class SubscriptionTests extends ApiTest {
    @Autowired
    private SubscriptionDelivery delivery;

    private long flour;
    private long cafe;
    private long bistro;

    @BeforeEach
    void stock() {
        flour = given.product("FLOUR", "lot");
        cafe = given.partner("Cafe Rose");
        bistro = given.partner("Bistro Bleu");
        given.receivedLot(flour, "F-1", 100);
    }

    private long subscribe(String name, String url, long customer) {
        var r = admin.post("/api/v1/epcis/subscriptions", Map.of("name", name, "destination", url,
                "query", Map.of("EQ_bizStep", List.of("shipping"), "EQ_destination", List.of("urn:stocktrace:party:" + customer))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("secret").asString()).hasSizeGreaterThan(40);
        return r.json().path("id").asLong();
    }

    private String ship(long customer, int quantity) {
        JsonNode done = given.done(given.transfer("delivery", customer, Scenario.line(flour, "F-1", null, quantity)));
        return done.path("reference").asString();
    }

    private static JsonNode event(WebhookReceiver.Received received) {
        return JsonMapper.shared().readTree(received.body()).at("/epcisBody/queryResults/resultsBody/eventList/0");
    }

    @Test
    void delivers_each_shipping_event_to_the_customer_once_in_order_through_a_webhook_that_fails_twice() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(2)) {
            var created = admin.post("/api/v1/epcis/subscriptions", Map.of("name", "cafe-shipments", "destination", hook.url(),
                    "query", Map.of("EQ_bizStep", List.of("shipping"), "EQ_destination", List.of("urn:stocktrace:party:" + cafe))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().path("id").asLong();
            String secret = created.json().path("secret").asString();
            String first = ship(cafe, 5);
            ship(bistro, 7);
            String second = ship(cafe, 3);
            Instant t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

            assertThat(delivery.round(t0)).as("first attempt: the webhook is down").isZero();
            assertThat(delivery.round(t0.plusSeconds(9))).as("not due before the backoff").isZero();
            assertThat(hook.received()).hasSize(1);
            assertThat(delivery.round(t0.plusSeconds(10))).as("second attempt: still down").isZero();
            assertThat(hook.received()).hasSize(2);
            assertThat(delivery.round(t0.plusSeconds(29))).as("the backoff doubled").isZero();
            assertThat(hook.received()).hasSize(2);
            assertThat(delivery.round(t0.plusSeconds(30))).as("up: both events, in order").isEqualTo(2);
            assertThat(delivery.round(t0.plusSeconds(3600))).as("nothing twice").isZero();

            List<WebhookReceiver.Received> got = hook.received();
            assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(503, 503, 204, 204);
            assertThat(got).extracting(r -> r.headers().get("Stocktrace-Sequence")).containsExactly("1", "1", "1", "2");
            List<JsonNode> delivered = got.stream().filter(r -> r.answered() == 204).map(SubscriptionTests::event).toList();
            assertThat(delivered).extracting(e -> e.path("bizStep").asString()).containsExactly("shipping", "shipping");
            assertThat(delivered).extracting(e -> e.at("/bizTransactionList/0/bizTransaction").asString())
                    .containsExactly("urn:stocktrace:reference:" + first.replace("/", "%2F"),
                            "urn:stocktrace:reference:" + second.replace("/", "%2F"));
            assertThat(delivered).extracting(e -> e.at("/quantityList/0/quantity").asInt()).containsExactly(5, 3);
            assertThat(got.get(0).body()).as("a retry sends the same event").contains(delivered.get(0).path("eventID").asString());
            for (WebhookReceiver.Received r : got) {
                assertThat(r.headers().get("Stocktrace-Signature")).isEqualTo(WebhookSignature.sign(secret,
                        r.headers().get("Stocktrace-Timestamp"), r.body().getBytes(StandardCharsets.UTF_8)));
                assertThat(r.headers().get("Stocktrace-Subscription")).isEqualTo(String.valueOf(id));
                assertThat(JsonMapper.shared().readTree(r.body()).at("/epcisBody/queryResults/queryName").asString())
                        .isEqualTo("cafe-shipments");
                assertThat(JsonMapper.shared().readTree(r.body()).path("type").asString()).isEqualTo("EPCISQueryDocument");
            }

            var log = admin.get("/api/v1/epcis/subscriptions/" + id + "/deliveries");
            assertThat(log.status()).isEqualTo(200);
            assertThat(log.json().valueStream().map(d -> d.path("outcome").asString() + " " + d.path("sequenceNumber").asLong()
                    + " " + d.path("attempt").asInt()).toList())
                    .containsExactly("delivered 2 1", "delivered 1 3", "failed 1 2", "failed 1 1");
            assertThat(log.json().get(3).path("statusCode").asInt()).isEqualTo(503);
            var state = admin.get("/api/v1/epcis/subscriptions/" + id).json();
            assertThat(state.path("pendingEvents").asLong()).isZero();
            assertThat(state.path("deliveredEvents").asLong()).isEqualTo(2);
            assertThat(state.has("secret") && !state.path("secret").isNull()).as("the secret is shown once").isFalse();
        }
    }

    @Test
    void a_paused_subscription_keeps_its_events_and_delivers_them_in_order_once_resumed() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(0)) {
            long id = subscribe("cafe", hook.url(), cafe);
            assertThat(admin.post("/api/v1/epcis/subscriptions/" + id + "/pause", Map.of()).json().path("state").asString())
                    .isEqualTo("paused");
            ship(cafe, 1);
            ship(cafe, 2);
            Instant now = Instant.now();
            assertThat(delivery.round(now)).isZero();
            assertThat(hook.received()).isEmpty();
            assertThat(admin.get("/api/v1/epcis/subscriptions/" + id).json().path("pendingEvents").asLong()).isEqualTo(2);

            assertThat(admin.post("/api/v1/epcis/subscriptions/" + id + "/resume", Map.of()).json().path("state").asString())
                    .isEqualTo("active");
            assertThat(delivery.round(now)).isEqualTo(2);
            assertThat(hook.received()).extracting(r -> event(r).at("/quantityList/0/quantity").asInt()).containsExactly(1, 2);

            assertThat(delivery.purge(now.plus(java.time.Duration.ofDays(29)))).as("kept 30 days").isZero();
            assertThat(delivery.purge(now.plus(java.time.Duration.ofDays(31)))).isEqualTo(2);
            assertThat(admin.get("/api/v1/epcis/subscriptions/" + id + "/deliveries").json().size()).isZero();
            assertThat(admin.get("/api/v1/epcis/subscriptions/" + id).json().path("deliveredEvents").asLong()).isZero();
        }
    }

    @Test
    void workers_racing_on_several_nodes_deliver_every_event_once_in_order() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(0)) {
            subscribe("cafe", hook.url(), cafe);
            for (int q = 1; q <= 6; q++) {
                ship(cafe, q);
            }
            Instant now = Instant.now();
            ExecutorService nodes = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> rounds = new ArrayList<>();
                for (int node = 0; node < 4; node++) {
                    Callable<Integer> round = () -> delivery.round(now);
                    rounds.add(nodes.submit(round));
                }
                int total = 0;
                for (Future<Integer> round : rounds) {
                    total += round.get(60, TimeUnit.SECONDS);
                }
                total += delivery.round(now);
                assertThat(total).isEqualTo(6);
            } finally {
                nodes.shutdownNow();
            }
            assertThat(hook.received()).extracting(r -> event(r).at("/quantityList/0/quantity").asInt())
                    .containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void refuses_a_bad_subscription_naming_every_problem_and_bounds_what_it_takes() {
        var bad = admin.post("/api/v1/epcis/subscriptions", Map.of("name", " ", "destination", "ftp://example.com/x",
                "query", Map.of("EQ_colour", List.of("red"))));
        assertProblem(bad, 422, "validation-failed");
        assertThat(Problems.fields(bad)).containsExactly("name", "destination", "query.EQ_colour");
        var userinfo = admin.post("/api/v1/epcis/subscriptions", Map.of("name", "x",
                "destination", "https://user:pw@example.com/hook", "query", Map.of()));
        assertThat(Problems.fields(assertProblem(userinfo, 422, "validation-failed"))).containsExactly("destination");
        var tooMany = admin.post("/api/v1/epcis/subscriptions", Map.of("name", "x", "destination", "https://example.com/hook",
                "query", Map.of("MATCH_epcClass", java.util.Collections.nCopies(101, "urn:epc:class:lgtin:4012345.012345.1"))));
        assertThat(Problems.fields(assertProblem(tooMany, 422, "validation-failed"))).containsExactly("query.MATCH_epcClass");
        assertThat(admin.post("/api/v1/epcis/subscriptions", Map.of("name", "twice", "destination", "https://example.com/hook",
                "query", Map.of())).status()).isEqualTo(201);
        assertProblem(admin.post("/api/v1/epcis/subscriptions", Map.of("name", "twice", "destination", "https://example.com/b",
                "query", Map.of())), 409, "conflict");
        assertProblem(admin.get("/api/v1/epcis/subscriptions/999999"), 404, "not-found");
        assertProblem(admin.post("/api/v1/epcis/subscriptions/999999/pause", Map.of()), 404, "not-found");
        assertThat(Problems.fields(assertProblem(admin.get("/api/v1/epcis/subscriptions/999999/deliveries?limit=0"), 422,
                "validation-failed"))).containsExactly("limit");
        assertThat(userWithRole("operator").post("/api/v1/epcis/subscriptions", Map.of("name", "op",
                "destination", "https://example.com/hook", "query", Map.of())).status()).isEqualTo(403);
        assertThat(admin.delete("/api/v1/epcis/subscriptions/" + admin.get("/api/v1/epcis/subscriptions").json().get(0)
                .path("id").asLong()).status()).isEqualTo(204);
    }
}
