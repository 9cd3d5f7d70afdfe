package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class Gs1DateTest {

    private static Gs1SyntaxEngine engineIn(int year) {
        return new Gs1SyntaxEngine(Clock.fixed(Instant.parse(year + "-07-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void two_digit_years_within_the_window_stay_in_the_current_century() {
        assertThat(Gs1Date.fullYear(0, 2026)).isEqualTo(2000);
        assertThat(Gs1Date.fullYear(76, 2026)).isEqualTo(2076);
        assertThat(Gs1Date.fullYear(26, 2026)).isEqualTo(2026);
    }

    @Test
    void a_year_51_or_more_ahead_belongs_to_the_previous_century() {
        assertThat(Gs1Date.fullYear(77, 2026)).isEqualTo(1977);
        assertThat(Gs1Date.fullYear(99, 2026)).isEqualTo(1999);
        assertThat(Gs1Date.fullYear(72, 2021)).isEqualTo(1972);
    }

    @Test
    void a_year_50_or_more_behind_belongs_to_the_next_century() {
        assertThat(Gs1Date.fullYear(0, 2050)).isEqualTo(2100);
        assertThat(Gs1Date.fullYear(1, 2050)).isEqualTo(2001);
        assertThat(Gs1Date.fullYear(49, 2099)).isEqualTo(2149);
    }

    @Test
    void expiry_date_uses_the_injected_clock_for_the_century() {
        String label = "(01)09520123456788(17)990101";
        assertThat(engineIn(2026).parseBracketed(label).expirationDate()).contains(LocalDate.of(1999, 1, 1));
        assertThat(engineIn(2060).parseBracketed(label).expirationDate()).contains(LocalDate.of(2099, 1, 1));
    }

    @Test
    void expiry_day_00_means_the_last_day_of_the_month_with_leap_years() {
        Gs1SyntaxEngine engine = engineIn(2026);
        assertThat(engine.parseBracketed("(01)09520123456788(17)280200").expirationDate())
                .contains(LocalDate.of(2028, 2, 29));
        assertThat(engine.parseBracketed("(01)09520123456788(17)270200").expirationDate())
                .contains(LocalDate.of(2027, 2, 28));
        assertThat(engine.parseBracketed("(01)09520123456788(15)261100").bestBeforeDate())
                .contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void raw_text_and_day_precision_are_kept_next_to_the_resolved_date() {
        Gs1Data data = engineIn(2026).parseBracketed("(01)09520123456788(17)210300");
        assertThat(data.date("17")).contains(new Gs1Date("210300", LocalDate.of(2021, 3, 31), false));
    }

    @Test
    void production_day_00_resolves_to_the_first_day_of_the_month() {
        Gs1Data data = engineIn(2026).parseBracketed("(01)09520123456788(11)250600");
        assertThat(data.productionDate()).contains(LocalDate.of(2025, 6, 1));
    }

    @Test
    void february_29_of_2000_is_valid_while_2100_is_not_a_leap_year() {
        assertThat(DateLinters.yymmdd("000229", 2026)).isNull();
        assertThat(DateLinters.yymmdd("000229", 2050)).isNotNull();
    }
}
