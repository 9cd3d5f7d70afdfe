package io.stocktrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.DatabaseSnapshot;
import io.stocktrace.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A request may cost so many bytes and so much time, no more: 413 and 408 problems, connections closed. */
@TestPropertySource(properties = {"stocktrace.request-limits.max-body-size=1MB",
        "stocktrace.request-limits.body-read-timeout=3s", "server.tomcat.connection-timeout=1s",
        "server.max-http-request-header-size=8KB"})
abstract class RequestLimitsTests extends ApiTest {
    private static final int LIMIT = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void refuses_a_body_declared_larger_than_the_limit_before_reading_it() throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        try (RawHttp http = RawHttp.open(port)) {
            var answer = http.send(RawHttp.post("/api/v1/transfers", "Content-Length: " + (LIMIT + 1) + "\r\n")).answer();
            assertProblem(answer, 413, "payload-too-large", String.valueOf(LIMIT));
            assertThat(answer.head()).containsIgnoringCase("connection: close");
        }
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void refuses_a_streamed_body_at_the_first_byte_over_the_limit() throws Exception {
        assertChunkedBodyRefused("");
    }

    @Test
    void refuses_a_streamed_body_over_the_limit_sent_with_an_idempotency_key() throws Exception {
        assertChunkedBodyRefused("Idempotency-Key: big-1\r\n");
    }

    @Test
    void times_out_a_body_that_stops_arriving() throws Exception {
        try (RawHttp http = RawHttp.open(port)) {
            Instant sent = Instant.now();
            var answer = http.send(RawHttp.post("/api/v1/transfers", "Content-Length: 100\r\n") + "{\"type\":").answer();
            assertProblem(answer, 408, "request-timeout", "stopped sending");
            assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void times_out_a_body_that_trickles_past_the_time_limit() throws Exception {
        try (RawHttp http = RawHttp.open(port)) {
            Instant sent = Instant.now();
            http.send(RawHttp.post("/api/v1/transfers", "Content-Length: 1000\r\n"));
            for (int i = 0; i < 1000 && !http.answered(); i++) {
                http.send(" ");
                Thread.sleep(250); // each pause shorter than the read timeout of 1 s
            }
            assertProblem(http.answer(), 408, "request-timeout", "within 3 seconds");
            assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void closes_a_connection_whose_headers_stop_arriving() throws Exception {
        try (RawHttp http = RawHttp.open(port)) {
            Instant sent = Instant.now();
            var answer = http.send("POST /api/v1/transfers HTTP/1.1\r\nHost: localhost\r\nContent-Ty").answer();
            assertThat(answer.status()).as(answer.head()).isIn(0, 400, 408);
            assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void refuses_headers_over_the_limit() throws Exception {
        try (RawHttp http = RawHttp.open(port)) {
            var answer = http.send(RawHttp.post("/api/v1/transfers", "X-Padding: " + "a".repeat(10_000)
                    + "\r\nContent-Length: 2\r\n") + "{}").answer();
            assertThat(answer.status()).as(answer.head()).isIn(400, 431);
        }
    }

    @Test
    void accepts_a_body_just_under_the_limit() {
        long bolts = given.product("BOLT", "none");
        var r = admin.post("/api/v1/transfers", java.util.Map.of("type", "receipt", "origin", "PO-1",
                "lines", java.util.List.of(io.stocktrace.support.Scenario.line(bolts, null, null, 1)),
                "note", "x".repeat(LIMIT - 2048)));
        assertThat(r.status()).as(r.body()).isIn(201, 422);
        assertThat(r.code()).isNotEqualTo("payload-too-large");
    }

    private void assertChunkedBodyRefused(String extraHeaders) throws Exception {
        long bolts = given.product("BOLT", "none");
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        String line = "{\"productId\":" + bolts + ",\"quantity\":1},";
        StringBuilder body = new StringBuilder("{\"type\":\"receipt\",\"lines\":[");
        while (body.length() < LIMIT + 32 * 1024) {
            body.append(line);
        }
        body.append(line, 0, line.length() - 1).append("]}");
        try (RawHttp http = RawHttp.open(port)) {
            http.send(RawHttp.post("/api/v1/transfers", extraHeaders + "Transfer-Encoding: chunked\r\n"));
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < bytes.length && !http.answered(); at += 16 * 1024) {
                int size = Math.min(16 * 1024, bytes.length - at);
                http.send(Integer.toHexString(size) + "\r\n");
                http.send(java.util.Arrays.copyOfRange(bytes, at, at + size));
                http.send("\r\n");
            }
            assertProblem(http.send("0\r\n\r\n").answer(), 413, "payload-too-large", String.valueOf(LIMIT));
        }
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String code, String mention) {
        assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(status);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(answer.json());
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).contains(mention);
    }
}
