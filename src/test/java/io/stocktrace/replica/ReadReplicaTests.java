package io.stocktrace.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stocktrace.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A client's reads see its writes at once, wherever read-only work is sent. */
abstract class ReadReplicaTests extends ApiTest {
    @Autowired
    protected MeterRegistry meters;

    /** Runs the writes and reads of a test while no standby has replayed them; on H2 there is none. */
    protected void whileTheStandbyIsBehind(Runnable work) {
        work.run();
    }

    @Test
    void a_trace_right_after_a_receipt_sees_it() {
        long flour = given.product("FLOUR", "lot");
        whileTheStandbyIsBehind(() -> {
            given.receivedLot(flour, "F-1", 50);
            long lot = given.lotId(flour, "F-1");
            var trace = admin.get("/api/v1/lots/" + lot + "/trace?direction=both");
            assertThat(trace.status()).as(trace.body()).isEqualTo(200);
            JsonNode operations = trace.json().path("operations");
            assertThat(operations).hasSize(1);
            assertThat(operations.get(0).path("quantity").decimalValue()).isEqualByComparingTo("50");
            assertThat(admin.get("/api/v1/lots/" + lot + "/balance").json().path("onHand").decimalValue())
                    .isEqualByComparingTo("50");
        });
    }

    /** How many read-only transactions of clients ran on that server ({@code replica} or {@code primary}), for that reason. */
    protected double reads(String target, String reason) {
        return meters.find("stocktrace.reads").tag("target", target).tag("reason", reason).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
