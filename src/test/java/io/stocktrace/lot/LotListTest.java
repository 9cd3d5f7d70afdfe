package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LotListTest {

    @Test
    void reads_names_with_optional_quantity_and_date_after_a_semicolon_or_a_tab_and_skips_blank_lines() {
        var parsed = LotList.parse("L1\nL2;5\n\n  \nL3\t2.5\t2027-01-31\r\nL4;;2027-02-01", false);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.entries()).containsExactly(
                new LotList.Entry(1, "L1", BigDecimal.ONE, null),
                new LotList.Entry(2, "L2", new BigDecimal("5"), null),
                new LotList.Entry(5, "L3", new BigDecimal("2.5"), LocalDate.of(2027, 1, 31)),
                new LotList.Entry(6, "L4", BigDecimal.ONE, LocalDate.of(2027, 2, 1)));
    }

    @Test
    void an_unreadable_line_is_a_problem_with_its_number_never_a_name() {
        var parsed = LotList.parse("GOOD\nBAD;two\nDATE;1;31/01/2027\nA;1;2027-01-01;extra\nNEG;-1", false);

        assertThat(parsed.entries()).extracting(LotList.Entry::name).containsExactly("GOOD");
        assertThat(parsed.problems()).extracting(LotList.Problem::line).containsExactly(2, 3, 4, 5);
        assertThat(parsed.problems().get(0).message()).contains("'two' is not a number");
        assertThat(parsed.problems().get(1).message()).contains("yyyy-MM-dd");
    }

    @Test
    void serials_count_one_and_appear_once() {
        var parsed = LotList.parse("SN1\nSN2;2\nSN1\nSN3;1", true);

        assertThat(parsed.entries()).extracting(LotList.Entry::name).containsExactly("SN1", "SN3");
        assertThat(parsed.problems()).extracting(LotList.Problem::line).containsExactly(2, 3);
        assertThat(parsed.problems().get(1).message()).contains("already on line 1");
    }

    @Test
    void a_comma_separated_line_is_a_problem_with_its_number_not_a_name_with_commas() {
        var parsed = LotList.parse("SN-1;1\nSN-2,1,2027-01-31\nSN-3,,2027-01-31\nACME, batch 3\nSN-4,2", false);

        assertThat(parsed.problems()).extracting(LotList.Problem::line).containsExactly(2, 3, 5);
        assertThat(parsed.problems().get(0).message()).contains("comma-separated", "; or a tab");
        assertThat(parsed.entries()).extracting(LotList.Entry::name).containsExactly("SN-1", "ACME, batch 3");
    }
}
