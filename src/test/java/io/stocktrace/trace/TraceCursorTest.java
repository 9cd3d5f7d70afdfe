package io.stocktrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TraceCursorTest {
    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void reads_back_the_position_and_the_bounds_it_wrote() {
        TraceCursor cursor = TraceCursor.start(1_000_193, 516_694).after(2, 1234, 987_654);
        assertThat(TraceCursor.decode("after", cursor.encode())).isEqualTo(cursor);
        assertThat(TraceCursor.decode("after", TraceCursor.start(5, 6).encode())).isEqualTo(TraceCursor.start(5, 6));
    }

    @Test
    void a_row_comes_after_the_cursor_by_level_then_lot_then_older_move_line() {
        TraceCursor cursor = TraceCursor.start(100, 100).after(1, 50, 70);
        assertThat(cursor.isBefore(1, 50, 69)).as("an older move of the same lot").isTrue();
        assertThat(cursor.isBefore(1, 50, 70)).as("the row itself").isFalse();
        assertThat(cursor.isBefore(1, 50, 71)).as("a newer move of the same lot").isFalse();
        assertThat(cursor.isBefore(1, 51, 99)).as("the next lot").isTrue();
        assertThat(cursor.isBefore(1, 49, 1)).as("an earlier lot").isFalse();
        assertThat(cursor.isBefore(2, 1, 1)).as("the next level").isTrue();
        assertThat(cursor.isBefore(0, 99, 1)).as("an earlier level").isFalse();
        assertThat(TraceCursor.start(100, 100).isBefore(0, 1, 99)).as("the start comes before every row").isTrue();
    }

    @Test
    void refuses_anything_that_is_not_a_cursor_a_page_gave_as_a_validation_problem_on_its_field() {
        for (String bad : new String[] {"", "%%", "bm90LWEtY3Vyc29y", encoded("t1.1.2.3.4"), encoded("t2.0.1.2.3.4"),
                encoded("t1.-1.1.2.3.4"), encoded("t1.101.1.2.3.4"), encoded("t1.0.1.2.-3.4"), encoded("t1.x.1.2.3.4"),
                "A".repeat(201)}) {
            assertThatThrownBy(() -> TraceCursor.decode("after", bad)).as(bad)
                    .isInstanceOfSatisfying(StocktraceException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                        assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("after"));
                    });
        }
    }
}
