package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, finding 1: a long input costs time in proportion to its length, and the engine refuses anything longer
 * than a GS1 code before reading it. The assertions count where parsing stopped (work done), not seconds; the one
 * ratio of times compares sizes 16 times apart with a bound a quadratic parser misses by far.
 */
class Gs1ParsingIsLinearTest {

    private static final Gs1SyntaxEngine ENGINE = new Gs1SyntaxEngine(Gs1SyntaxEngineVectorsTest.YEAR_2021);
    private static final Gs1SyntaxEngine UNCAPPED = ENGINE.withMaxInputLength(Integer.MAX_VALUE);
    private static final String MEGABYTE_OF_DIGITS = "0".repeat(1 << 20);

    @Test
    void a_megabyte_of_digits_is_refused_before_parsing() {
        Gs1SyntaxException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> errorOf(ENGINE::parse, MEGABYTE_OF_DIGITS));
        assertThat(error.reason()).contains("1048576 characters long, more than the 1000");
        assertThat(error.position()).isEqualTo(Gs1SyntaxEngine.DEFAULT_MAX_INPUT_LENGTH);
    }

    @Test
    void every_form_refuses_input_longer_than_the_limit() {
        String long1001 = "^" + "0".repeat(1000);
        for (Consumer<String> form : java.util.List.<Consumer<String>>of(ENGINE::parse, ENGINE::parseBracketed,
                ENGINE::parseElementString, ENGINE::parseScanData, ENGINE::parseDigitalLink)) {
            assertThat(errorOf(form, long1001).reason()).contains("1001 characters long");
        }
        assertThat(ENGINE.withMaxInputLength(20).tryParse("(01)09520123456788(10)A"))
                .isInstanceOf(Gs1ParseResult.Invalid.class);
    }

    @Test
    void without_the_cap_a_megabyte_of_digits_stops_at_the_65th_ai() {
        // "00" is an SSCC of 18 digits: twenty characters per AI, so the 65th starts at 64 * 20
        Gs1SyntaxException error = errorOf(UNCAPPED::parse, MEGABYTE_OF_DIGITS);
        assertThat(error.reason()).contains("65 AIs or more");
        assertThat(error.position()).isEqualTo(64 * 20);
    }

    @Test
    void a_value_is_searched_for_its_separator_no_further_than_its_longest_length() {
        Gs1SyntaxException error = errorOf(UNCAPPED::parseElementString, "^10" + "A".repeat(1 << 20));
        assertThat(error.ai()).contains("10");
        assertThat(error.reason()).contains("more than the 20 characters allowed");
    }

    @Test
    void bracketed_and_digital_link_inputs_stop_at_the_65th_ai() {
        Gs1SyntaxEngine syntaxOnly = UNCAPPED.withOptions(UNCAPPED.options().withCheckAssociations(false));
        assertThat(errorOf(syntaxOnly::parseBracketed, "(99)AA".repeat(100_000)).position()).isEqualTo(64 * 6 + 1);
        String uri = "https://id.gs1.org/01/09520123456788?" + "99=A&".repeat(100_000);
        assertThat(errorOf(syntaxOnly::parseDigitalLink, uri).reason()).contains("65 AIs or more");
    }

    @Test
    void a_digital_link_query_of_many_parameters_costs_time_in_proportion_to_its_length() {
        String stem = "https://id.gs1.org/01/09520123456788?";
        String small = stem + "x&".repeat(1 << 14);
        String large = stem + "x&".repeat(1 << 18);
        long smallTime = fastest(small);
        long largeTime = fastest(large);
        // 16 times the input: a linear parser takes about 16 times as long, a quadratic one 256 times
        assertThat(largeTime).isLessThan(Math.max(smallTime, 100_000) * 64);
    }

    private static long fastest(String uri) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            UNCAPPED.tryParse(uri);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static Gs1SyntaxException errorOf(Consumer<String> parser, String input) {
        Gs1SyntaxException error = catchThrowableOfType(Gs1SyntaxException.class, () -> parser.accept(input));
        assertThat(error).as("a syntax error").isNotNull();
        return error;
    }
}
