package io.stocktrace.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator watches: the metrics and who may read them, the request id, the probes, backups. */
abstract class OperationsTests extends ApiTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$");

    private Http metricsReader() {
        return Http.to(port).basic("admin", ADMIN_PASSWORD);
    }

    private String scrape() {
        Http.Response r = metricsReader().get("/actuator/prometheus");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The sum of the samples of a metric whose labels contain every one given ({@code type="receipt"}). */
    private static double sample(String scrape, String name, String... labels) {
        double sum = 0;
        for (String line : scrape.lines().toList()) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(name)
                    && List.of(labels).stream().allMatch(l -> m.group(2) != null && m.group(2).contains(l))) {
                sum += Double.parseDouble(m.group(3));
            }
        }
        return sum;
    }

    @Test
    void prometheus_counts_operations_serials_traces_recalls_and_rejected_requests() {
        String before = scrape();
        long phone = given.product("PHONE", "serial");
        given.receivedSerials(phone, "SN-1", "SN-2", "SN-3");
        long lot = given.lotId(phone, "SN-1");
        assertThat(admin.get("/api/v1/lots/" + lot + "/trace?direction=downstream").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/recalls", Map.of("lotId", lot, "reason", "Battery swelling")).status())
                .isEqualTo(201);
        Http.Response refused = admin.post("/api/v1/transfers", Map.of("type", "receipt",
                "lines", List.of(Scenario.line(phone, null, List.of("SN-2"), null))));
        admin.post("/api/v1/transfers/" + refused.json().path("id").asLong() + "/validate", null);

        String after = scrape();
        assertThat(delta(before, after, "stocktrace_operations_validated_total", "type=\"receipt\"")).isEqualTo(1);
        assertThat(delta(before, after, "stocktrace_serials_moved_total", "type=\"receipt\"")).isEqualTo(3);
        assertThat(delta(before, after, "stocktrace_trace_duration_seconds_count", "direction=\"downstream\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "stocktrace_recall_duration_seconds_count")).isEqualTo(1);
        assertThat(delta(before, after, "stocktrace_requests_rejected_total", "reason=\"serial-already-in-stock\""))
                .isEqualTo(1);
        assertThat(after).contains("stocktrace_idempotent_replays_total");
    }

    private static double delta(String before, String after, String name, String... labels) {
        return sample(after, name, labels) - sample(before, name, labels);
    }

    @Test
    void prometheus_shows_requests_by_route_and_status_with_latency_buckets_and_the_connection_pool() {
        admin.get("/api/v1/products");
        String scrape = scrape();
        assertThat(sample(scrape, "http_server_requests_seconds_count", "uri=\"/api/v1/products\"", "status=\"200\""))
                .isPositive();
        assertThat(sample(scrape, "http_server_requests_seconds_bucket", "uri=\"/api/v1/products\"", "le=\"+Inf\""))
                .isPositive();
        assertThat(scrape).contains("hikaricp_connections_active", "hikaricp_connections_pending");
    }

    /** Issue 17 item 2: each request is timed once; Spring Security's own observations (a meter per filter) are off. */
    @Test
    void requests_are_timed_without_spring_security_observations() {
        admin.get("/api/v1/products");
        String scrape = scrape();
        assertThat(sample(scrape, "http_server_requests_seconds_count", "uri=\"/api/v1/products\"")).isPositive();
        assertThat(scrape).doesNotContain("spring_security_");
    }

    @Test
    void metrics_are_for_admins_only() {
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        String manager = "manager-" + System.nanoTime();
        admin.post("/api/v1/users", Map.of("username", manager, "password", "password-" + manager, "role", "manager"));
        assertThat(Http.to(port).basic(manager, "password-" + manager).get("/actuator/prometheus").status())
                .isEqualTo(403);
    }

    @Test
    void a_request_id_given_comes_back_in_the_header_and_in_the_problem() {
        Http.Response r = admin.header("X-Request-Id", "scan-station-7.42").get("/api/v1/transfers/999999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.headers()).containsEntry("x-request-id", "scan-station-7.42");
        assertThat(r.json().path("requestId").asString()).isEqualTo("scan-station-7.42");
    }

    @Test
    void a_request_without_a_usable_id_gets_a_new_one_also_in_problems_of_the_security_filters() {
        Http.Response r = anonymous().header("X-Request-Id", "not allowed: {spaces}").get("/api/v1/products");
        assertThat(r.status()).isEqualTo(401);
        String id = r.headers().get("x-request-id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(r.json().path("requestId").asString()).isEqualTo(id);
        assertThat(admin.get("/api/v1/products").headers().get("x-request-id")).matches("[0-9a-f-]{36}").isNotEqualTo(id);
    }

    @Test
    void liveness_and_readiness_are_up_once_the_first_admin_exists() {
        Http.Response live = anonymous().get("/actuator/health/liveness");
        Http.Response ready = anonymous().get("/actuator/health/readiness");
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void only_an_admin_takes_a_backup_and_the_server_backs_up_only_an_embedded_file_database() {
        assertThat(userWithRole("manager").post("/api/v1/backups", null).status()).isEqualTo(403);
        Http.Response r = admin.post("/api/v1/backups", null);
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("backup-not-supported");
        assertThat(r.json().path("detail").asString()).contains(refusalNames());
    }

    /** What the refusal names on this database: pg_dump on PostgreSQL, the in-memory H2 of the tests otherwise. */
    abstract String refusalNames();
}
