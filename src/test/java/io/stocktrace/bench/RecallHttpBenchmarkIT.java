package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code bench trace --http --scenarios=r} at size XS on H2: the hot lot's recall goes through HTTP with an API token
 * and is reported beside the floor with its CPU. Nothing is timed: the figures are printed, never asserted.
 */
class RecallHttpBenchmarkIT {
    @Test
    void reports_the_hot_lot_s_recall_through_http_beside_the_static_file_floor() throws Exception {
        BenchRun run = BenchRun.of(() -> TraceBenchmark.run(new String[] {"--size", "XS", "--http", "--scenarios=r",
                "--rounds=1"}));
        assertThat(run.exit()).isZero();
        assertThat(run.report()).contains("(r) recall of hot lot", "1 round (H2: no undo")
                .containsPattern("answer: [0-9,]+ affected lots, [0-9,]+ customers")
                .containsPattern("p100 recall .* floor .* difference .* CPU: JVM");
    }
}
