package io.stocktrace.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteClockTest {
    private static final long SECOND = 1_000_000_000L;
    private final WriteClock clock = new WriteClock(10 * SECOND);

    @Test
    void nothing_must_be_replayed_before_a_write_is_as_old_as_the_bound() {
        clock.committed(100, 0);
        assertThat(clock.mustHaveReplayed(9 * SECOND)).isZero();
        assertThat(clock.mustHaveReplayed(10 * SECOND)).isEqualTo(100);
    }

    @Test
    void the_newest_write_older_than_the_bound_is_what_must_be_replayed() {
        clock.committed(100, 0);
        clock.committed(200, 5 * SECOND);
        clock.committed(300, 12 * SECOND);
        assertThat(clock.mustHaveReplayed(16 * SECOND)).isEqualTo(200);
        assertThat(clock.mustHaveReplayed(22 * SECOND)).isEqualTo(300);
    }

    @Test
    void writes_closer_together_than_a_hundredth_of_the_bound_keep_the_earlier_sample() {
        clock.committed(100, 0);
        clock.committed(150, SECOND / 200);
        assertThat(clock.mustHaveReplayed(10 * SECOND + SECOND / 200)).isEqualTo(100);
    }

    @Test
    void an_older_position_seen_later_is_not_a_new_sample() {
        clock.committed(300, 0);
        clock.committed(200, 5 * SECOND);
        assertThat(clock.mustHaveReplayed(15 * SECOND)).isEqualTo(300);
    }
}
