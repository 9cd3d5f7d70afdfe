package io.stocktrace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTimeTest {

    @Test
    void a_quadratic_target_fails_its_budget() {
        // a target that waits in proportion to the square of its input (2 ms at 4 K characters, 2 s at 128 K): a wait
        // does not stretch on a busy machine as computing does, so the check is judged on the shape of the time alone
        assertThatThrownBy(() -> LinearTime.check("ab", LinearTimeTest::quadraticWait, 1_000_000))
                .hasMessageContaining("super-linear");
    }

    @Test
    void a_linear_target_passes_and_sees_the_input_and_its_repetitions() {
        List<Integer> lengths = new ArrayList<>();
        LinearTime.check("abc", s -> lengths.add(s.length()));
        assertThat(lengths).startsWith(3)
                .anyMatch(length -> length >= LinearTime.SHORT_LENGTH && length < LinearTime.SHORT_LENGTH + 3)
                .anyMatch(length -> length >= LinearTime.LONG_LENGTH && length < LinearTime.LONG_LENGTH + 3);
    }

    private static void quadraticWait(String s) {
        long n = s.length();
        java.util.concurrent.locks.LockSupport.parkNanos(n * n * 2_000_000L / ((long) LinearTime.SHORT_LENGTH
                * LinearTime.SHORT_LENGTH));
    }
}
