package io.stocktrace.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicaChoiceTest {
    private static final Duration MAX_LAG = Duration.ofSeconds(10);

    private static ReplicaChoice.State standby(long replayed, long lagSeconds) {
        return new ReplicaChoice.State(true, replayed, Duration.ofSeconds(lagSeconds));
    }

    @Test
    void a_standby_that_replayed_the_clients_write_serves_its_read() {
        assertThat(ReplicaChoice.of(standby(500, 0), 500, 0, MAX_LAG))
                .isEqualTo(new ReplicaChoice(ReplicaChoice.Target.REPLICA, ReplicaChoice.Reason.CAUGHT_UP));
    }

    @Test
    void a_standby_short_of_the_clients_write_sends_its_read_to_the_primary() {
        ReplicaChoice choice = ReplicaChoice.of(standby(499, 0), 500, 0, MAX_LAG);
        assertThat(choice.target()).isEqualTo(ReplicaChoice.Target.PRIMARY);
        assertThat(choice.reason().tag()).isEqualTo("behind-client");
    }

    @Test
    void a_client_that_never_wrote_reads_any_standby_within_the_lag_bound() {
        assertThat(ReplicaChoice.of(standby(1, 10), 0, 0, MAX_LAG).servedBy()).isEqualTo("replica");
    }

    @Test
    void a_standby_lagging_past_the_bound_is_skipped_even_for_a_client_that_never_wrote() {
        ReplicaChoice choice = ReplicaChoice.of(standby(1_000, 11), 0, 0, MAX_LAG);
        assertThat(choice.servedBy()).isEqualTo("primary");
        assertThat(choice.reason().tag()).isEqualTo("lagging");
    }

    @Test
    void a_primary_reached_through_the_replicas_url_serves_the_read_and_counts_as_the_primary() {
        ReplicaChoice choice = ReplicaChoice.of(new ReplicaChoice.State(false, 0, Duration.ZERO), 500, 0, MAX_LAG);
        assertThat(choice.target()).isEqualTo(ReplicaChoice.Target.REPLICA);
        assertThat(choice.servedBy()).isEqualTo("primary");
        assertThat(choice.reason().tag()).isEqualTo("not-a-standby");
    }

    @Test
    void an_unreachable_standby_sends_reads_to_the_primary() {
        assertThat(ReplicaChoice.down().servedBy()).isEqualTo("primary");
        assertThat(ReplicaChoice.down().reason().tag()).isEqualTo("down");
    }

    @Test
    void a_standby_that_has_not_replayed_a_write_committed_longer_ago_than_the_bound_is_skipped_though_it_reports_no_lag() {
        ReplicaChoice choice = ReplicaChoice.of(standby(700, 0), 0, 800, MAX_LAG);
        assertThat(choice.servedBy()).isEqualTo("primary");
        assertThat(choice.reason().tag()).isEqualTo("lagging");
        assertThat(ReplicaChoice.of(standby(800, 0), 0, 800, MAX_LAG).servedBy()).isEqualTo("replica");
    }
}
