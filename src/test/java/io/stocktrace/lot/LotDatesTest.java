package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.catalog.Expiry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LotDatesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Expiry MILK = new Expiry(30, 5, 3, 7);

    @Test
    void derives_the_expiration_date_from_the_start_plus_expiration_days() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        assertThat(dates.expirationDate()).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    @Test
    void derives_best_before_removal_and_alert_dates_that_many_days_before_the_expiration_date() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        assertThat(dates).isEqualTo(new LotDates(LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 4),
                LocalDate.of(2024, 4, 6), LocalDate.of(2024, 4, 2)));
    }

    @Test
    void crosses_month_year_and_leap_day_boundaries_by_calendar_days() {
        LotDates dates = LotDates.NONE.completedFrom(new Expiry(1, 1, null, null), LocalDate.of(2024, 2, 28));
        assertThat(dates.expirationDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dates.bestBeforeDate()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(LotDates.NONE.completedFrom(new Expiry(365, null, null, null), LocalDate.of(2023, 12, 31))
                .expirationDate()).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void a_given_expiration_date_wins_and_the_other_dates_move_with_it() {
        LocalDate given = LocalDate.of(2024, 6, 30);
        LotDates dates = new LotDates(given, null, null, null).completedFrom(MILK, TODAY);
        assertThat(dates).isEqualTo(new LotDates(given, LocalDate.of(2024, 6, 25), LocalDate.of(2024, 6, 27),
                LocalDate.of(2024, 6, 23)));
    }

    @Test
    void given_best_before_removal_and_alert_dates_win_over_derived_ones() {
        LotDates given = new LotDates(null, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 30));
        LotDates dates = given.completedFrom(MILK, TODAY);
        assertThat(dates).isEqualTo(new LotDates(LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 30)));
    }

    @Test
    void derives_only_the_dates_whose_days_the_product_sets() {
        LotDates dates = LotDates.NONE.completedFrom(new Expiry(10, null, 2, null), TODAY);
        assertThat(dates).isEqualTo(new LotDates(LocalDate.of(2024, 3, 20), null, LocalDate.of(2024, 3, 18), null));
    }

    @Test
    void zero_days_put_a_date_on_the_expiration_date_itself() {
        LotDates dates = LotDates.NONE.completedFrom(new Expiry(0, 0, 0, 0), TODAY);
        assertThat(dates).isEqualTo(new LotDates(TODAY, TODAY, TODAY, TODAY));
    }

    @Test
    void leaves_the_dates_as_given_without_expiry_or_without_an_expiration_date() {
        LotDates given = new LotDates(null, LocalDate.of(2024, 5, 1), null, null);
        assertThat(given.completedFrom(null, TODAY)).isSameAs(given);
        assertThat(given.completedFrom(new Expiry(null, 5, 3, 7), TODAY)).isEqualTo(given);
        assertThat(LotDates.NONE.completedFrom(new Expiry(null, null, null, null), TODAY)).isEqualTo(LotDates.NONE);
    }

    @Test
    void is_not_expired_the_day_before_the_expiration_date() {
        LotDates dates = new LotDates(TODAY.plusDays(1), null, null, null);
        assertThat(dates.isExpiredOn(TODAY)).isFalse();
    }

    @Test
    void is_expired_on_the_expiration_date_and_after() {
        LotDates dates = new LotDates(TODAY, null, null, null);
        assertThat(dates.isExpiredOn(TODAY)).isTrue();
        assertThat(dates.isExpiredOn(TODAY.plusDays(1))).isTrue();
        assertThat(dates.isExpiredOn(TODAY.minusDays(1))).isFalse();
    }

    @Test
    void never_expires_without_an_expiration_date() {
        assertThat(LotDates.NONE.isExpiredOn(TODAY)).isFalse();
        assertThat(new LotDates(null, TODAY.minusYears(1), TODAY.minusYears(1), TODAY.minusYears(1))
                .isExpiredOn(TODAY)).isFalse();
    }

    @Test
    void a_derived_lot_expires_exactly_expiration_days_after_its_start() {
        LotDates dates = LotDates.NONE.completedFrom(new Expiry(3, null, null, null), TODAY);
        assertThat(dates.isExpiredOn(TODAY.plusDays(2))).isFalse();
        assertThat(dates.isExpiredOn(TODAY.plusDays(3))).isTrue();
    }

    @Test
    void best_before_removal_and_alert_dates_move_with_a_changed_expiration_date() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        LotDates moved = dates.withExpiration(LocalDate.of(2024, 4, 19), MILK);
        assertThat(moved).isEqualTo(new LotDates(LocalDate.of(2024, 4, 19), LocalDate.of(2024, 4, 14),
                LocalDate.of(2024, 4, 16), LocalDate.of(2024, 4, 12)));
        assertThat(moved.withExpiration(LocalDate.of(2024, 4, 9), MILK)).isEqualTo(dates);
    }

    @Test
    void keeps_offsets_the_user_edited_when_the_expiration_date_moves() {
        LotDates edited = new LotDates(LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 8), null, LocalDate.of(2024, 3, 1));
        assertThat(edited.withExpiration(LocalDate.of(2024, 5, 9), MILK)).isEqualTo(new LotDates(LocalDate.of(2024, 5, 9),
                LocalDate.of(2024, 5, 8), null, LocalDate.of(2024, 3, 31)));
    }

    @Test
    void derives_the_missing_dates_when_a_lot_gets_its_first_expiration_date() {
        LotDates none = new LotDates(null, null, LocalDate.of(2024, 6, 1), null);
        assertThat(none.withExpiration(LocalDate.of(2024, 6, 30), MILK)).isEqualTo(new LotDates(LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 6, 25), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 23)));
        assertThat(none.withExpiration(LocalDate.of(2024, 6, 30), null))
                .isEqualTo(new LotDates(LocalDate.of(2024, 6, 30), null, LocalDate.of(2024, 6, 1), null));
    }

    @Test
    void clearing_the_expiration_date_leaves_the_other_dates() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        assertThat(dates.withExpiration(null, MILK)).isEqualTo(new LotDates(null, dates.bestBeforeDate(),
                dates.removalDate(), dates.alertDate()));
        assertThat(dates.withExpiration(null, MILK).isExpiredOn(TODAY.plusYears(10))).isFalse();
    }
}
