package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerialNamesTest {

    @Test
    void the_first_name_is_first_itself_and_the_last_run_of_digits_counts_up_keeping_its_width() {
        assertThat(SerialNames.generate("SN0098", 3)).containsExactly("SN0098", "SN0099", "SN0100");
        assertThat(SerialNames.generate("LOT-2024-05-A", 2)).containsExactly("LOT-2024-05-A", "LOT-2024-06-A");
    }

    @Test
    void a_number_past_its_width_grows() {
        assertThat(SerialNames.generate("SN98", 3)).containsExactly("SN98", "SN99", "SN100");
        assertThat(SerialNames.generate("9", 2)).containsExactly("9", "10");
    }

    @Test
    void counts_numbers_longer_than_a_long() {
        assertThat(SerialNames.generate("X99999999999999999999", 2))
                .containsExactly("X99999999999999999999", "X100000000000000000000");
    }

    @Test
    void keeps_symbols_and_letters_around_the_number() {
        assertThat(SerialNames.generate("  ä#007/β ", 2)).containsExactly("ä#007/β", "ä#008/β");
    }

    @Test
    void refuses_a_first_name_without_digits_a_bad_count_and_names_that_would_grow_too_long() {
        assertThat(SerialNames.problem("ABC", 5)).hasValueSatisfying(p -> assertThat(p).startsWith("first:"));
        assertThat(SerialNames.problem("SN1", 0)).hasValueSatisfying(p -> assertThat(p).startsWith("count:"));
        assertThat(SerialNames.problem("SN1", SerialNames.MAX_COUNT + 1)).isPresent();
        assertThat(SerialNames.problem("S".repeat(127) + "9", 2)).hasValueSatisfying(p -> assertThat(p).startsWith("count:"));
        assertThat(SerialNames.problem("SN0001", 100_000)).isEmpty();
    }
}
