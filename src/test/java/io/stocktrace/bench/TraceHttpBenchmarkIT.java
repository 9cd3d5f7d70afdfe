package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code bench trace --http} at size XS on H2: the traces go through HTTP with an API token and each is reported
 * beside the floor, a static file of the same server. Nothing is timed: the figures are printed, never asserted.
 */
class TraceHttpBenchmarkIT {
    @Test
    void reports_random_lot_and_hot_lot_traces_through_http_beside_the_static_file_floor() throws Exception {
        BenchRun run = BenchRun.of(() -> TraceBenchmark.run(new String[] {"--size", "XS", "--http", "--http-lots=3", "--rounds=1"}));
        String report = run.report();
        assertThat(run.exit()).isZero();
        assertThat(report).contains("floor: GET /css/stocktrace.css", "(h) upstream trace of 3 random lots",
                "(h) downstream trace of 3 random lots", "downstream, whole answer", "downstream, summary",
                "first page of 100 operations", "every operation as NDJSON", "every operation as CSV", "rows/s")
                .containsPattern("p99 +trace .* floor .* difference");
    }

    @Test
    void reports_a_receipt_of_serials_and_the_dashboard_pages_through_http_on_the_loaded_database() throws Exception {
        BenchRun run = BenchRun.of(() -> TraceBenchmark.run(new String[] {"--size", "XS", "--http", "--scenarios=sp",
                "--http-serials=20", "--page-requests=1", "--rounds=1"}));
        assertThat(run.exit()).isZero();
        assertThat(run.report()).containsPattern("\\(s\\) receipt of 20 serials through HTTP .*: median .* ms")
                .containsPattern("\\(s\\) delivery of the same 20 serials: median .* ms")
                .containsPattern("\\(p\\) dashboard, grouped by product \\(the default\\) +/lots +median")
                .containsPattern("\\(p\\) dashboard, search a lot name +/lots\\?groupBy=&q=\\S+ +median")
                .containsPattern("\\(p\\) dashboard, grouped by location .* median")
                .containsPattern("\\(p\\) lot form +/lots/\\d+ +median")
                .contains("(p) Moves History of one product")
                .doesNotContain("(h) upstream trace");
    }
}
