package io.stocktrace.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ChildServer;
import io.stocktrace.support.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What the embedded H2 database promises: a transfer answered done is on disk, even if the process dies next. */
class DurabilityH2IT {
    @TempDir
    Path dataDir;

    @Test
    void keeps_a_validated_transfer_when_the_process_is_killed_right_after_the_answer() throws Exception {
        long transferId;
        try (ChildServer server = ChildServer.start(dataDir)) {
            Scenario given = server.given();
            long phone = given.product("PHONE", "serial");
            JsonNode draft = given.transfer("receipt", null, Scenario.line(phone, null, List.of("SN-1", "SN-2"), null));
            transferId = draft.path("id").asLong();
            JsonNode done = given.done(draft);
            assertThat(done.path("state").asString()).isEqualTo("done");
            server.kill();
        }
        try (ChildServer restarted = ChildServer.start(dataDir)) {
            var transfer = restarted.admin().get("/api/v1/transfers/" + transferId);
            assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
            assertThat(transfer.json().path("state").asString()).isEqualTo("done");
            var quants = restarted.admin().get("/api/v1/lots?name=SN-2");
            assertThat(quants.status()).isEqualTo(200);
            assertThat(quants.body()).contains("SN-2");
        }
    }
}
