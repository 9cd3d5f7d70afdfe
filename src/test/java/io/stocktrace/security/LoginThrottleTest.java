package io.stocktrace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MovableClock clock = new MovableClock();
    private final MapLoginFailureCounts counts = new MapLoginFailureCounts();
    private final LoginThrottle throttle = new LoginThrottle(clock, counts);

    @Test
    void lets_the_first_five_failures_of_a_user_name_through_then_waits() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            assertThat(throttle.waitBefore("admin", "10.0.0.1")).isEmpty();
            throttle.failed("admin", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("admin", "10.0.0.2")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("ADMIN", "10.0.0.3")).as("user names are counted case-blind").isPresent();
        assertThat(throttle.waitBefore("ana", "10.0.0.4")).isEmpty();
    }

    @Test
    void doubles_the_wait_with_each_further_failure_up_to_fifteen_minutes() {
        failures("admin", "10.0.0.1", LoginThrottle.FREE_FAILURES_PER_USER + 3);
        assertThat(throttle.waitBefore("admin", "10.0.0.1")).contains(Duration.ofSeconds(8));
        failures("admin", "10.0.0.1", 30);
        assertThat(throttle.waitBefore("admin", "10.0.0.1")).contains(LoginThrottle.MAX_WAIT);
    }

    @Test
    void lets_the_next_attempt_through_once_the_wait_is_over() {
        failures("admin", "10.0.0.1", LoginThrottle.FREE_FAILURES_PER_USER + 1);
        clock.advance(Duration.ofMillis(1_999));
        assertThat(throttle.waitBefore("admin", "10.0.0.1")).contains(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.waitBefore("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void throttles_a_client_address_that_tries_many_user_names() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_CLIENT; i++) {
            throttle.failed("user-" + i, "10.6.6.6");
        }
        assertThat(throttle.waitBefore("somebody-new", "10.6.6.6")).isPresent();
        assertThat(throttle.waitBefore("somebody-new", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_success_clears_the_user_names_failures() {
        failures("admin", "10.0.0.1", LoginThrottle.FREE_FAILURES_PER_USER - 1);
        throttle.succeeded("admin");
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.failuresOf("admin")).isEqualTo(1);
        assertThat(throttle.waitBefore("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void forgets_failures_after_an_hour() {
        failures("admin", "10.0.0.1", 12);
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        assertThat(throttle.failuresOf("admin")).isZero();
        assertThat(throttle.waitBefore("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void deletes_the_counts_it_has_forgotten_and_keeps_the_recent_ones() {
        failures("old-guess", "10.0.0.1", 3);
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        failures("admin", "10.0.0.2", 1);
        assertThat(throttle.forgetOld()).as("the old user name and its client").isEqualTo(2);
        assertThat(counts.size()).isEqualTo(2);
        assertThat(throttle.failuresOf("admin")).isEqualTo(1);
    }

    private void failures(String user, String client, int n) {
        for (int i = 0; i < n; i++) {
            throttle.failed(user, client);
        }
    }
}
