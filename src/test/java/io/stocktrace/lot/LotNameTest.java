package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LotNameTest {

    @Test
    void trims_surrounding_spaces_tabs_and_line_breaks_such_as_a_scanner_appends() {
        assertThat(LotName.normalize("  LOT-1 ")).isEqualTo("LOT-1");
        assertThat(LotName.normalize("SN-0001\n")).isEqualTo("SN-0001");
        assertThat(LotName.normalize("\tSN-0001\r\n")).isEqualTo("SN-0001");
        assertThat(LotName.problem(" LOT-1 ")).isEmpty();
    }

    @Test
    void keeps_case_symbols_and_inner_spaces() {
        assertThat(LotName.normalize("lot-a/B#1 (2024) €")).isEqualTo("lot-a/B#1 (2024) €");
        assertThat(LotName.normalize("Lot A")).isNotEqualTo(LotName.normalize("LOT A"));
    }

    @Test
    void refuses_a_missing_name() {
        assertThat(LotName.problem(null)).contains("is required");
        assertThatIllegalArgumentException().isThrownBy(() -> LotName.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u2028"})
    void refuses_a_name_that_is_blank_once_trimmed(String raw) {
        assertThat(LotName.problem(raw)).contains("must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> LotName.normalize(raw)).withMessageContaining("blank");
    }

    @Test
    void accepts_one_character() {
        assertThat(LotName.normalize("A")).isEqualTo("A");
    }

    @Test
    void accepts_128_characters_and_refuses_129() {
        assertThat(LotName.problem("A".repeat(128))).isEmpty();
        assertThat(LotName.problem("A".repeat(129))).contains("must be at most 128 characters");
    }

    @Test
    void counts_the_length_after_trimming() {
        assertThat(LotName.normalize("  " + "A".repeat(128) + "  ")).hasSize(128);
    }

    @Test
    void counts_an_emoji_as_one_character_though_java_stores_two_units() {
        String emoji = "\uD83D\uDCE6"; // U+1F4E6, a surrogate pair
        assertThat(emoji.length()).isEqualTo(2);
        assertThat(LotName.problem(emoji.repeat(128))).isEmpty();
        assertThat(LotName.problem(emoji.repeat(129))).contains("must be at most 128 characters");
        assertThat(LotName.problem("A".repeat(127) + emoji)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOT\u00001", "LOT\t1", "LOT\n1", "LOT\r1", "LOT\u001B1", "LOT\u007F1", "LOT\u00851",
            "LOT\u20281", "LOT\u20291"})
    void refuses_control_characters_and_line_or_paragraph_separators_inside_a_name(String raw) {
        assertThat(LotName.problem(raw)).hasValueSatisfying(p -> assertThat(p).contains("control characters"));
        assertThatIllegalArgumentException().isThrownBy(() -> LotName.normalize(raw))
                .withMessageStartingWith("Lot name must not contain control characters");
    }

    @Test
    void refuses_a_control_character_even_in_a_name_that_is_too_long_with_one_problem_at_a_time() {
        assertThat(LotName.problem("A".repeat(200) + "\u0000B")).contains("must be at most 128 characters");
    }

    @Test
    void accepts_letters_of_any_script_and_non_breaking_space_inside() {
        assertThat(LotName.problem("Партия-№5")).isEmpty();
        assertThat(LotName.problem("批次 7")).isEmpty();
        assertThat(LotName.normalize("A\u00A0B")).isEqualTo("A\u00A0B");
    }
}
