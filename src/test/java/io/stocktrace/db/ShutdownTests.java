package io.stocktrace.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ChildServer;
import io.stocktrace.support.Http;
import io.stocktrace.support.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * SIGTERM while a 10,000-serial validate runs: the client is told the truth. Either the answer says done and the
 * transfer is done after a restart, or the answer says it is not done (or the connection drops) and it is not.
 */
abstract class ShutdownTests {
    private static final int SERIALS = 10_000;

    @TempDir
    Path dataDir;

    /** Arguments that point the child server at this test's database. */
    abstract String[] databaseArguments();

    @Test
    void tells_the_truth_about_a_validate_in_flight_when_terminated() throws Exception {
        long transferId;
        Outcome outcome;
        try (ChildServer server = ChildServer.start(dataDir, databaseArguments())) {
            Scenario given = server.given();
            long phone = given.product("PHONE", "serial");
            List<String> serials = IntStream.range(0, SERIALS).mapToObj(i -> "SN-" + i).toList();
            transferId = given.transfer("receipt", null, Scenario.line(phone, null, serials, null)).path("id").asLong();
            Http admin = server.admin();
            var validate = CompletableFuture.supplyAsync(() -> Outcome.of(
                    () -> admin.post("/api/v1/transfers/" + transferId + "/validate", null)));
            // the validate of 10,000 serials takes about a second: terminate while it runs
            Thread.sleep(300);
            int exit = server.terminate();
            outcome = validate.get();
            assertThat(exit).as("exit code after SIGTERM; %s", server.output()).isIn(0, 143);
            System.out.println("validate during SIGTERM answered: " + outcome);
        }
        try (ChildServer restarted = ChildServer.start(dataDir, databaseArguments())) {
            var transfer = restarted.admin().get("/api/v1/transfers/" + transferId);
            assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
            String state = transfer.json().path("state").asString();
            if (outcome.saysDone()) {
                assertThat(state).as("answered %s", outcome).isEqualTo("done");
                var lastSerial = restarted.admin().get("/api/v1/lots?name=SN-" + (SERIALS - 1));
                assertThat(lastSerial.body()).contains("SN-" + (SERIALS - 1));
            } else {
                assertThat(state).as("answered %s", outcome).isNotEqualTo("done");
            }
        }
    }

    /** What the client saw: an answer, or a dropped connection. */
    record Outcome(Http.Response response, String failure) {
        static Outcome of(java.util.function.Supplier<Http.Response> call) {
            try {
                return new Outcome(call.get(), null);
            } catch (IllegalStateException dropped) {
                return new Outcome(null, String.valueOf(dropped.getCause()));
            }
        }

        boolean saysDone() {
            if (response == null) {
                return false;
            }
            JsonNode body = response.json();
            return response.status() == 200 && "done".equals(body.path("state").asString());
        }

        @Override
        public String toString() {
            if (response == null) {
                return "connection dropped: " + failure;
            }
            String body = response.body();
            return response.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }
}
