package io.stocktrace.node;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.StocktraceApplication;
import io.stocktrace.lot.ExpiryAlertsSchedule;
import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Concurrently;
import io.stocktrace.support.DatabaseCleaner;
import io.stocktrace.support.Http;
import io.stocktrace.support.PageSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Issue 18.1: two application nodes on one database behind a round-robin proxy. Node A is the test's server; node B
 * is a second application context on its own random port, started once for the class, with the same settings. A
 * user's requests alternate between them; races are sent half to each.
 */
abstract class TwoNodesTests extends ApiTest {
    private static ConfigurableApplicationContext nodeB;
    private static RoundRobinProxy proxy;
    private static int portB;

    @Autowired
    private Environment environment;
    @Autowired
    private ApplicationContext nodeA;

    @BeforeEach
    void startTheSecondNodeAndTheProxy() throws Exception {
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(StocktraceApplication.class)
                    .profiles(environment.getActiveProfiles())
                    .properties("server.port=0")
                    .run();
            portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            proxy = RoundRobinProxy.start(port, portB);
            DatabaseCleaner.clean(dataSource); // what node B did as it started (its run of the expiry job) undone
        }
    }

    @AfterAll
    static void stopTheSecondNode() {
        if (proxy != null) {
            proxy.close();
            nodeB.close();
        }
        proxy = null;
        nodeB = null;
    }

    @Test
    void a_user_logged_in_through_one_node_works_on_the_other_and_logging_out_ends_the_session_on_both() {
        int[] before = proxy.served();
        // the login page from one node, the form with its CSRF token posted to the other, the home page from the first
        PageSession page = PageSession.logIn(proxy.port(), "admin", ADMIN_PASSWORD);

        var created = page.post("/partners/new", "name=Mill");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String partner = created.headers().firstValue("Location").orElseThrow();
        assertThat(partner).matches(".*/partners/\\d+");
        for (int i = 0; i < 2; i++) {
            var shown = page.get(java.net.URI.create(partner).getPath());
            assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
            assertThat(shown.body()).contains("Mill");
        }
        int[] after = proxy.served();
        assertThat(after[0] - before[0]).as("requests node A served").isEqualTo(3);
        assertThat(after[1] - before[1]).as("requests node B served").isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM web_sessions WHERE principal_name = 'admin'").query(Long.class)
                .single()).isEqualTo(1);

        // PageSession sends no Accept: text/html, so the site answers as to a script (204, 401) instead of redirecting
        assertThat(page.post("/logout", "").statusCode()).isEqualTo(204);
        for (int i = 0; i < 2; i++) {
            assertThat(page.get("/partners").statusCode()).as("after logging out, on either node").isEqualTo(401);
        }
    }

    @Test
    void deactivating_a_user_through_one_node_ends_their_session_and_cached_password_on_both() {
        long ana = admin.post("/api/v1/users", Map.of("username", "ana", "password", "password-of-ana",
                "role", "viewer")).json().path("id").asLong();
        PageSession page = PageSession.logIn(proxy.port(), "ana", "password-of-ana");
        Http basic = Http.to(proxy.port()).basic("ana", "password-of-ana");
        // two requests in a row through the proxy: one to each node
        for (int i = 0; i < 2; i++) {
            assertThat(page.get("/lots").statusCode()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(basic.get("/api/v1/me").status()).as("the password checked and cached on each node")
                    .isEqualTo(200);
        }

        var changed = Http.to(proxy.port()).basic("admin", ADMIN_PASSWORD)
                .patch("/api/v1/users/" + ana, Map.of("active", false));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            assertThat(page.get("/lots").statusCode()).as("the session ended, on either node").isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertProblem(basic.get("/api/v1/me"), 401, "unauthorized");
        }
    }

    @Test
    void wrong_passwords_spread_over_both_nodes_are_throttled_as_one_count() {
        Http wrong = Http.to(proxy.port()).basic("admin", "not-the-admin-password")
                .header("X-Forwarded-For", "10.8.0.1");
        for (int i = 0; i < 5; i++) {
            assertProblem(wrong.get("/api/v1/me"), 401, "unauthorized");
        }
        for (int i = 0; i < 2; i++) {
            assertProblem(Http.to(proxy.port()).basic("admin", ADMIN_PASSWORD).header("X-Forwarded-For", "10.8.0.2")
                    .get("/api/v1/me"), 429, "too-many-attempts");
        }
    }

    @Test
    void deliveries_of_one_serial_raced_through_both_nodes_deliver_it_once() throws Exception {
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-ONE");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(given.transfer("delivery", null, line(phone, "SN-ONE", null, 1)).path("id").asLong());
        }
        Http nodeBAdmin = admin.at(portB);

        List<Http.Response> answers = Concurrently.run(drafts.size(), i -> () -> (i % 2 == 0 ? admin : nodeBAdmin)
                .post("/api/v1/transfers/" + drafts.get(i) + "/validate", null));

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.code()).as(r.body()).isEqualTo("insufficient-stock"));
        assertThat(count("SELECT COUNT(*) FROM move_lines WHERE operation_type = 'delivery'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM quants")).isZero();
    }

    @Test
    void an_idempotency_key_raced_through_both_nodes_makes_one_transfer() throws Exception {
        long bolts = given.product("BOLT", "none");
        String body = Http.json(Map.of("type", "receipt", "lines", List.of(line(bolts, null, null, 100))));
        Http keyedA = admin.header("Idempotency-Key", "two-nodes-1");
        Http keyedB = keyedA.at(portB);

        List<Http.Response> answers = Concurrently.run(6, i -> () -> (i % 2 == 0 ? keyedA : keyedB)
                .postRaw("/api/v1/transfers", body, "application/json"));

        assertThat(count("SELECT COUNT(*) FROM transfers")).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM transfers").query(Long.class).single();
        assertThat(answers).filteredOn(a -> a.status() == 201 && !"true".equals(a.headers().get("idempotent-replayed")))
                .hasSize(1);
        for (Http.Response answer : answers) {
            if (answer.status() == 201) {
                assertThat(answer.at("/id").asLong()).isEqualTo(id);
            } else {
                assertProblem(answer, 409, "idempotency-key-in-flight");
            }
        }
    }

    @Test
    void receipts_created_at_once_on_both_nodes_take_the_next_references_of_one_series() throws Exception {
        long bolts = given.product("BOLT", "none");
        String body = Http.json(Map.of("type", "receipt", "lines", List.of(line(bolts, null, null, 1))));
        Http nodeBAdmin = admin.at(portB);

        List<Http.Response> answers = Concurrently.run(6, i -> () -> (i % 2 == 0 ? admin : nodeBAdmin)
                .postRaw("/api/v1/transfers", body, "application/json"));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.at("/reference").asString()))
                .containsExactlyInAnyOrder("WH/IN/00001", "WH/IN/00002", "WH/IN/00003", "WH/IN/00004", "WH/IN/00005",
                        "WH/IN/00006");
    }

    @Test
    void serial_names_taken_at_once_on_both_nodes_are_each_handed_out_once() throws Exception {
        long phone = given.product("PHONE", "serial");
        Http nodeBAdmin = admin.at(portB);

        List<Http.Response> answers = Concurrently.run(6, i -> () -> (i % 2 == 0 ? admin : nodeBAdmin)
                .post("/api/v1/products/" + phone + "/next-names?count=5", null));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        List<String> names = answers.stream().flatMap(a -> a.json().path("names").valueStream())
                .map(n -> n.asString()).toList();
        assertThat(names).hasSize(30).doesNotHaveDuplicates();
        assertThat(admin.get("/api/v1/products/" + phone + "/sequence").at("/nextNumber").asLong()).isEqualTo(31);
    }

    @Test
    void the_expiry_job_fired_on_both_nodes_at_once_runs_on_one_and_alerts_the_lot_once() throws Exception {
        long milk = given.product("MILK", "lot");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> received = new LinkedHashMap<>(line(milk, "L1", null, 3));
        received.put("expirationDate", today.plusDays(10).toString());
        given.done(given.transfer("receipt", null, received));
        long lot = given.lotId(milk, "L1");
        assertThat(admin.patch("/api/v1/lots/" + lot, Map.of("alertDate", today.toString())).status()).isEqualTo(200);

        List<Callable<Boolean>> bothNodes = List.of(nodeA.getBean(ExpiryAlertsSchedule.class)::raiseOnce,
                nodeB.getBean(ExpiryAlertsSchedule.class)::raiseOnce);
        List<Boolean> ran = Concurrently.all(bothNodes);

        assertThat(ran).as("which node ran the job").containsExactlyInAnyOrder(true, false);
        assertThat(count("SELECT COUNT(*) FROM lot_events WHERE event = 'alert'")).isEqualTo(1);
        assertThat(nodeB.getBean(ExpiryAlertsSchedule.class).raiseOnce())
                .as("a timer of the same hour on either node, the lease still held").isFalse();
    }

    @Test
    void expired_sessions_are_deleted_by_one_node_a_minute_and_live_ones_stay() throws Exception {
        PageSession live = PageSession.logIn(proxy.port(), "admin", ADMIN_PASSWORD);
        long longAgo = System.currentTimeMillis() - 3_600_000;
        jdbc.sql("""
                        INSERT INTO web_sessions (primary_id, session_id, creation_time, last_access_time,
                                                  max_inactive_interval, expiry_time)
                        VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002',
                                :longAgo, :longAgo, 1800, :longAgo)
                        """)
                .param("longAgo", longAgo).update();

        List<Callable<Boolean>> bothNodes = List.of(nodeA.getBean(ExpiredSessionsPurge.class)::purgeOnce,
                nodeB.getBean(ExpiredSessionsPurge.class)::purgeOnce);
        List<Boolean> ran = Concurrently.all(bothNodes);

        assertThat(ran).as("which node deleted them").containsExactlyInAnyOrder(true, false);
        assertThat(count("SELECT COUNT(*) FROM web_sessions WHERE expiry_time < " + System.currentTimeMillis()))
                .isZero();
        assertThat(live.get("/lots").statusCode()).as("the live session").isEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
