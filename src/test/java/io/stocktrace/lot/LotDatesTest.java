package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.api.Change;
import io.stocktrace.catalog.Expiry;
import io.stocktrace.lot.LotDates.ByHand;
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
    void given_best_before_removal_and_alert_dates_win_over_derived_ones_and_count_as_set_by_hand() {
        LotDates given = new LotDates(null, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 30));
        LotDates dates = given.completedFrom(MILK, TODAY);
        assertThat(dates).isEqualTo(new LotDates(LocalDate.of(2024, 4, 9), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 30), new ByHand(true, true, true)));
    }

    @Test
    void derived_dates_are_not_set_by_hand() {
        LotDates dates = new LotDates(null, null, LocalDate.of(2024, 4, 1), null).completedFrom(MILK, TODAY);
        assertThat(dates.byHand()).isEqualTo(new ByHand(false, true, false));
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
        LotDates byHand = new LotDates(null, LocalDate.of(2024, 5, 1), null, null, new ByHand(true, false, false));
        assertThat(given.completedFrom(null, TODAY)).isEqualTo(byHand);
        assertThat(given.completedFrom(new Expiry(null, 5, 3, 7), TODAY)).isEqualTo(byHand);
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
    void derives_the_dates_not_set_by_hand_when_a_lot_gets_its_first_expiration_date() {
        ByHand removalByHand = new ByHand(false, true, false);
        LotDates none = new LotDates(null, null, LocalDate.of(2024, 6, 1), null, removalByHand);
        assertThat(none.withExpiration(LocalDate.of(2024, 6, 30), MILK)).isEqualTo(new LotDates(LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 6, 25), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 23), removalByHand));
        assertThat(none.withExpiration(LocalDate.of(2024, 6, 30), null)).isEqualTo(
                new LotDates(LocalDate.of(2024, 6, 30), null, LocalDate.of(2024, 6, 1), null, removalByHand));
    }

    @Test
    void a_new_expiration_date_after_a_cleared_one_derives_the_other_dates_again() {
        LotDates cleared = LotDates.NONE.completedFrom(MILK, TODAY).withExpiration(null, MILK);
        assertThat(cleared.withExpiration(LocalDate.of(2024, 6, 30), MILK)).isEqualTo(new LotDates(
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 25), LocalDate.of(2024, 6, 27), LocalDate.of(2024, 6, 23)));
    }

    @Test
    void a_date_set_by_hand_stays_when_the_expiration_date_moves_and_the_derived_ones_follow() {
        LotDates dates = new LotDates(null, null, LocalDate.of(2024, 4, 1), null).completedFrom(MILK, TODAY);
        LotDates moved = dates.withExpiration(LocalDate.of(2024, 4, 19), MILK);
        assertThat(moved).isEqualTo(new LotDates(LocalDate.of(2024, 4, 19), LocalDate.of(2024, 4, 14),
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 12), new ByHand(false, true, false)));
    }

    @Test
    void an_edited_date_is_set_by_hand_from_then_on() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        LotDates edited = dates.edited(Change.unchanged(), Change.unchanged(), Change.unchanged(),
                Change.to(LocalDate.of(2024, 3, 20)), MILK);
        assertThat(edited.byHand()).isEqualTo(new ByHand(false, false, true));
        assertThat(edited.edited(Change.to(LocalDate.of(2024, 5, 9)), Change.unchanged(), Change.unchanged(),
                Change.unchanged(), MILK)).isEqualTo(new LotDates(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 4),
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 3, 20), new ByHand(false, false, true)));
    }

    @Test
    void a_date_sent_with_the_value_it_has_is_no_edit_and_still_follows_the_expiration_date() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        LotDates form = dates.edited(Change.to(LocalDate.of(2024, 4, 19)), Change.to(dates.bestBeforeDate()),
                Change.to(dates.removalDate()), Change.to(dates.alertDate()), MILK);
        assertThat(form).isEqualTo(new LotDates(LocalDate.of(2024, 4, 19), LocalDate.of(2024, 4, 14),
                LocalDate.of(2024, 4, 16), LocalDate.of(2024, 4, 12)));
    }

    @Test
    void a_date_cleared_by_hand_stays_cleared_when_the_expiration_date_moves() {
        LotDates cleared = LotDates.NONE.completedFrom(MILK, TODAY).edited(Change.unchanged(), Change.to(null),
                Change.unchanged(), Change.unchanged(), MILK);
        LotDates moved = cleared.edited(Change.to(LocalDate.of(2024, 4, 10)), Change.unchanged(), Change.unchanged(),
                Change.unchanged(), MILK);
        assertThat(moved.bestBeforeDate()).isNull();
        assertThat(moved.removalDate()).isEqualTo(LocalDate.of(2024, 4, 7));
    }

    @Test
    void a_set_date_sent_with_a_new_expiration_date_wins_over_the_moved_one() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        LotDates edited = dates.edited(Change.to(LocalDate.of(2024, 4, 19)), Change.unchanged(),
                Change.to(LocalDate.of(2024, 4, 1)), Change.unchanged(), MILK);
        assertThat(edited.removalDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(edited.bestBeforeDate()).isEqualTo(LocalDate.of(2024, 4, 14));
    }

    @Test
    void moving_the_expiration_date_across_a_leap_day_and_a_month_end_shifts_by_calendar_days() {
        LotDates dates = new LotDates(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 1, 31), null, null);
        LotDates moved = dates.withExpiration(LocalDate.of(2024, 3, 1), MILK);
        assertThat(moved.bestBeforeDate()).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(new LotDates(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 1, 31), null, null)
                .withExpiration(LocalDate.of(2023, 3, 1), MILK).bestBeforeDate()).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void clearing_the_expiration_date_leaves_the_other_dates() {
        LotDates dates = LotDates.NONE.completedFrom(MILK, TODAY);
        assertThat(dates.withExpiration(null, MILK)).isEqualTo(new LotDates(null, dates.bestBeforeDate(),
                dates.removalDate(), dates.alertDate()));
        assertThat(dates.withExpiration(null, MILK).isExpiredOn(TODAY.plusYears(10))).isFalse();
    }

    @Test
    void an_alert_date_after_the_expiration_date_breaks_the_rule_one_on_it_or_without_expiration_does_not() {
        LocalDate expiration = LocalDate.of(2024, 4, 9);
        assertThat(new LotDates(expiration, null, null, expiration.plusDays(1)).alertsAfterExpiration()).isTrue();
        assertThat(new LotDates(expiration, null, null, expiration).alertsAfterExpiration()).isFalse();
        assertThat(new LotDates(null, null, null, expiration).alertsAfterExpiration()).isFalse();
    }
}
