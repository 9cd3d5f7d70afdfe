package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import io.stocktrace.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code transfers unreserve} as a person runs it against a running server. */
abstract class TransferCommandTests extends ApiTest {
    private record Run(int exitCode, String out, String err) {
    }

    private String token;
    private long flour;

    @BeforeEach
    void flourInStock() {
        flour = given.product("FLOUR", "lot");
        given.receivedLot(flour, "F-1", 10);
        token = admin.post("/api/v1/users/1/tokens", Map.of("name", "cli")).json().path("token").asString();
    }

    @Test
    void unreserves_a_ready_delivery_which_becomes_a_draft_and_gives_its_stock_back() {
        long delivery = given.transfer("delivery", null, Scenario.line(flour, "F-1", null, 4)).path("id").asLong();
        assertThat(admin.post("/api/v1/transfers/" + delivery + "/reserve", Map.of()).status()).isEqualTo(200);
        assertThat(reserved()).isEqualTo(4);

        Run run = cli("transfers", "unreserve", Long.toString(delivery));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("WH/OUT/\\d+ draft\\R");
        assertThat(admin.get("/api/v1/transfers/" + delivery).json().path("state").asString()).isEqualTo("draft");
        assertThat(reserved()).isZero();
    }

    @Test
    void says_what_is_wrong_with_an_unknown_transfer_or_a_word_instead_of_an_id() {
        Run missing = cli("transfers", "unreserve", "999999");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("999999");

        Run word = cli("transfers", "unreserve", "WH/OUT/00001");
        assertThat(word.exitCode()).isEqualTo(CliFailure.USAGE);
        assertThat(word.err()).contains("a transfer id is a number").contains(TransferCommand.USAGE);
    }

    private int reserved() {
        return jdbc.sql("SELECT COALESCE(SUM(reserved_quantity), 0) FROM quants").query(Integer.class).single();
    }

    private Run cli(String... args) {
        String[] withServer = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--server", "http://localhost:" + port)).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(withServer, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("STOCKTRACE_TOKEN", token)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
