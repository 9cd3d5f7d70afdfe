package io.stocktrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code bench load} for a few seconds with two clients on a fresh H2 file: the mix runs over HTTP and the run ends
 * with its consistency check passed (on-hand equals what the clients counted, the ledger check clean). Nothing is
 * timed: the figures are printed, never asserted.
 */
class LoadBenchmarkIT {
    @Test
    void two_clients_for_a_few_seconds_leave_on_hand_equal_to_the_accepted_operations_and_a_clean_ledger()
            throws Exception {
        BenchRun run = BenchRun.of(() -> LoadBenchmark.run(new String[] {"--h2", "--clients=2", "--seconds=3", "--warmup=0"}));
        String report = run.report();
        assertThat(run.exit()).isZero();
        assertThat(report).contains("receipt ", "on-hand of 5 products equals the accepted operations",
                "ledger check (verify): OK", "consistency: on-hand equals the accepted operations");
    }

    @Test
    void the_traces_scenario_receives_a_lot_per_client_then_looks_it_up_and_traces_it() throws Exception {
        BenchRun run = BenchRun.of(() -> LoadBenchmark.run(new String[] {"--h2", "--clients=2", "--seconds=2", "--warmup=0",
                "--scenario=traces"}));
        assertThat(run.exit()).isZero();
        assertThat(run.report()).contains("lot-lookup ", "trace ", "consistency: on-hand equals the accepted operations")
                .doesNotContain("reads on the"); // H2: no read replicas, so no routing counters
    }
}
