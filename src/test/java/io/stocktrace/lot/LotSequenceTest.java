package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LotSequenceTest {
    private final LotSequence milk = new LotSequence("MILK-", 6, 42);

    @Test
    void proposes_the_prefix_and_the_next_number_padded_with_zeros() {
        assertThat(milk.next(3)).containsExactly("MILK-000042", "MILK-000043", "MILK-000044");
    }

    @Test
    void a_number_past_the_padding_grows_instead_of_wrapping() {
        assertThat(new LotSequence("SN", 2, 99).next(2)).containsExactly("SN99", "SN100");
    }

    @Test
    void a_product_without_its_own_sequence_uses_its_sku_a_dash_and_six_digits_from_one() {
        assertThat(LotSequence.defaultFor("BOLT").next(1)).containsExactly("BOLT-000001");
    }

    @Test
    void taking_names_moves_the_next_number_past_them() {
        assertThat(milk.advancedBy(3).next(1)).containsExactly("MILK-000045");
    }

    @Test
    void reads_the_number_of_names_of_the_sequence_only() {
        assertThat(milk.numberOf("MILK-000050")).isEqualTo(OptionalLong.of(50));
        assertThat(milk.numberOf("MILK-1234567")).isEqualTo(OptionalLong.of(1234567));
        assertThat(milk.numberOf("MILK-00005")).isEmpty();
        assertThat(milk.numberOf("MILK-00005A")).isEmpty();
        assertThat(milk.numberOf("CREAM-000050")).isEmpty();
    }

    @Test
    void moves_past_the_highest_name_created_from_the_next_number_on_and_never_back() {
        assertThat(milk.nextAfter(List.of("MILK-000045", "MILK-000043", "OTHER-9"))).isEqualTo(OptionalLong.of(46));
        assertThat(milk.nextAfter(List.of("MILK-000041", "MILK-000001"))).isEmpty();
        assertThat(milk.nextAfter(List.of("LOT-A"))).isEmpty();
    }

    @Test
    void refuses_a_prefix_with_control_characters_or_a_leading_space_a_padding_out_of_range_and_a_negative_number() {
        assertThat(problems(" MILK", 6, 1L)).containsExactly("prefix");
        assertThat(problems("MI\tLK", 6, 1L)).containsExactly("prefix");
        assertThat(problems("M".repeat(65), 6, 1L)).containsExactly("prefix");
        assertThat(problems("MILK-", 0, 1L)).containsExactly("padding");
        assertThat(problems("MILK-", 19, 1L)).containsExactly("padding");
        assertThat(problems("MILK-", 6, -1L)).containsExactly("nextNumber");
        assertThat(problems(null, null, null)).containsExactly("prefix", "padding", "nextNumber");
        assertThat(problems("", 6, 0L)).isEmpty();
        assertThat(problems("LOT 2026/", 18, LotSequence.MAX_NUMBER)).isEmpty();
    }

    @Test
    void counts_from_one_to_a_hundred_thousand_names_within_the_last_number() {
        assertThat(milk.countProblem(0)).isNotNull();
        assertThat(milk.countProblem(100_001)).isNotNull();
        assertThat(milk.countProblem(100_000)).isNull();
        assertThat(new LotSequence("", 18, LotSequence.MAX_NUMBER - 1).countProblem(2)).contains("last number");
    }

    private static List<String> problems(String prefix, Integer padding, Long next) {
        Validation v = new Validation();
        LotSequence.check(prefix, padding, next, v);
        try {
            v.throwIfAny();
            return List.of();
        } catch (StocktraceException e) {
            return e.errors().stream().map(f -> f.field()).distinct().toList();
        }
    }
}
