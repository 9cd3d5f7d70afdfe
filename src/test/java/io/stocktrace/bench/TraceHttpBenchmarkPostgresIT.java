package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.PostgresAvailable;
import io.stocktrace.support.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one command of issue 18's XL targets ({@code bench trace --http --scenarios=hsp --vacuum}) at size XS on
 * PostgreSQL: the load (indexes dropped and built again), VACUUM (ANALYZE), then the traces, the hot lot's summary, a
 * receipt of serials and the dashboard's pages through HTTP. Nothing is timed.
 */
@ExtendWith(PostgresAvailable.class)
class TraceHttpBenchmarkPostgresIT {
    private final ScratchDatabase database = new ScratchDatabase("trace_http_bench");

    @AfterEach
    void dropTheDatabase() throws Exception {
        database.drop();
    }

    @Test
    void runs_every_xl_target_through_http_in_one_command() throws Exception {
        BenchRun run = BenchRun.of(() -> TraceBenchmark.run(new String[] {"--size", "XS", "--http", "--scenarios=hsp",
                "--vacuum", "--serial-stock=0", "--http-lots=3", "--http-serials=20", "--page-requests=1", "--rounds=1",
                "--postgres=" + database.url()}));
        assertThat(run.exit()).isZero();
        assertThat(run.report()).contains("secondary indexes and unique constraints dropped for the load",
                        "VACUUM (ANALYZE) in", "(h) upstream trace of 3 random lots", "downstream, summary",
                        "(s) receipt of 20 serials through HTTP", "(p) dashboard, grouped by product", "(p) lot form")
                .containsPattern("\\(p\\) dashboard, grouped by status +/lots\\?groupBy=status +median");
    }
}
