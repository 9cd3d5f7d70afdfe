package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnQuantitiesTest {
    private static final ReturnQuantities.Key LOT = new ReturnQuantities.Key(1, 10L);
    private static final ReturnQuantities.Key UNTRACKED = new ReturnQuantities.Key(2, null);

    private static ReturnQuantities.Asked asked(ReturnQuantities.Key key, String quantity, int line) {
        return new ReturnQuantities.Asked(key, new BigDecimal(quantity), "lines[" + line + "].quantity", "MILK lot 'L-1'");
    }

    private static final ReturnQuantities SENT_SIX_RETURNED_TWO = new ReturnQuantities("WH/OUT/00001",
            Map.of(LOT, new BigDecimal("6"), UNTRACKED, new BigDecimal("3")), Map.of(LOT, new BigDecimal("2")));

    @Test
    void allows_what_was_sent_less_what_earlier_returns_bring_back() {
        assertThatCode(() -> SENT_SIX_RETURNED_TWO.check(List.of(asked(LOT, "4", 0), asked(UNTRACKED, "3", 1))))
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_one_unit_more_and_says_how_much_is_left() {
        var e = catchThrowableOfType(StocktraceException.class,
                () -> SENT_SIX_RETURNED_TWO.check(List.of(asked(LOT, "4.0001", 0))));

        assertThat(e.type()).isEqualTo(ProblemType.RETURN_EXCEEDS_SENT);
        assertThat(e.getMessage()).isEqualTo("WH/OUT/00001 moved 6 of MILK lot 'L-1' and earlier returns bring back 2: "
                + "at most 4 can be returned, not 4.0001.");
        assertThat(e.errors().get(0).field()).isEqualTo("lines[0].quantity");
    }

    @Test
    void adds_up_lines_of_the_same_lot_and_points_at_the_line_that_goes_beyond() {
        var e = catchThrowableOfType(StocktraceException.class,
                () -> SENT_SIX_RETURNED_TWO.check(List.of(asked(LOT, "3", 0), asked(UNTRACKED, "1", 1), asked(LOT, "2", 2))));

        assertThat(e.errors().get(0).field()).isEqualTo("lines[2].quantity");
        assertThat(e.properties()).containsEntry("requested", new BigDecimal("5"));
    }

    @Test
    void refuses_a_lot_the_transfer_did_not_move() {
        var other = new ReturnQuantities.Key(1, 11L);

        var e = catchThrowableOfType(StocktraceException.class,
                () -> SENT_SIX_RETURNED_TWO.check(List.of(asked(other, "1", 0))));

        assertThat(e.getMessage()).isEqualTo("WH/OUT/00001 did not move MILK lot 'L-1'; a return can only bring back "
                + "what its transfer moved.");
    }
}
