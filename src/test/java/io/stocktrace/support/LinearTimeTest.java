package io.stocktrace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTimeTest {

    @Test
    void a_quadratic_target_fails_its_budget() {
        // compiled first, so that the short run is not timed in the interpreter; a floor of 1 ms, so that the
        // quadratic target need not run for seconds to stand out
        for (int i = 0; i < 20; i++) {
            quadratic("ab".repeat(LinearTime.SHORT_LENGTH / 2));
        }
        assertThatThrownBy(() -> LinearTime.check("ab", LinearTimeTest::quadratic, 1_000_000))
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

    // from every 16th character a pass over the rest, as the old GS1 parser looked for each value's separator
    private static void quadratic(String s) {
        long found = 0;
        for (int i = 0; i < s.length(); i += 16) {
            for (int j = i; j < s.length(); j++) {
                found += s.charAt(j) == 'z' ? 1 : 0;
            }
        }
        assertThat(found).isZero();
    }
}
