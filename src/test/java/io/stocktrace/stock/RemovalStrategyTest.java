package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalStrategyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static StockCandidate quant(long quantId, String lot, String available, Instant inDate, LocalDate removal) {
        return new StockCandidate(1, 2, quantId + 1000, lot, new BigDecimal(available), inDate, removal, quantId);
    }

    private static List<String> lotsInOrder(RemovalStrategy strategy, StockCandidate... candidates) {
        List<StockCandidate> sorted = new ArrayList<>(List.of(candidates));
        sorted.sort(strategy.order());
        return sorted.stream().map(StockCandidate::lotName).toList();
    }

    private static List<String> taken(List<Allocation> allocations) {
        return allocations.stream().map(a -> a.from().lotName() + "=" + a.quantity().toPlainString()).toList();
    }

    @Test
    void fifo_takes_the_oldest_incoming_date_first() {
        assertThat(lotsInOrder(RemovalStrategy.FIFO,
                quant(1, "NEW", "5", NOW, null),
                quant(2, "OLD", "5", NOW.minusSeconds(86_400), null),
                quant(3, "MID", "5", NOW.minusSeconds(3_600), null)))
                .containsExactly("OLD", "MID", "NEW");
    }

    @Test
    void fifo_breaks_a_tie_of_incoming_dates_by_the_older_quant() {
        assertThat(lotsInOrder(RemovalStrategy.FIFO,
                quant(9, "B", "5", NOW, null),
                quant(4, "A", "5", NOW, null),
                quant(7, "C", "5", NOW, null)))
                .containsExactly("A", "C", "B");
    }

    @Test
    void fifo_ignores_removal_dates() {
        assertThat(lotsInOrder(RemovalStrategy.FIFO,
                quant(1, "EXPIRES-SOON-BUT-NEWER", "5", NOW, TODAY),
                quant(2, "EXPIRES-LATE-BUT-OLDER", "5", NOW.minusSeconds(60), TODAY.plusYears(1))))
                .containsExactly("EXPIRES-LATE-BUT-OLDER", "EXPIRES-SOON-BUT-NEWER");
    }

    @Test
    void fefo_takes_the_earliest_removal_date_first_even_when_it_came_in_later() {
        assertThat(lotsInOrder(RemovalStrategy.FEFO,
                quant(1, "LATE", "5", NOW.minusSeconds(86_400), TODAY.plusDays(30)),
                quant(2, "SOON", "5", NOW, TODAY.plusDays(2)),
                quant(3, "MIDDLE", "5", NOW, TODAY.plusDays(10))))
                .containsExactly("SOON", "MIDDLE", "LATE");
    }

    @Test
    void fefo_breaks_a_tie_of_removal_dates_by_incoming_date_then_by_quant() {
        assertThat(lotsInOrder(RemovalStrategy.FEFO,
                quant(5, "NEWER", "5", NOW, TODAY),
                quant(8, "OLDER-HIGH-ID", "5", NOW.minusSeconds(60), TODAY),
                quant(6, "OLDER-LOW-ID", "5", NOW.minusSeconds(60), TODAY)))
                .containsExactly("OLDER-LOW-ID", "OLDER-HIGH-ID", "NEWER");
    }

    @Test
    void fefo_puts_lots_without_a_removal_date_last_in_fifo_order() {
        assertThat(lotsInOrder(RemovalStrategy.FEFO,
                quant(1, "NONE-OLD", "5", NOW.minusSeconds(7_200), null),
                quant(2, "DATED", "5", NOW, TODAY.plusYears(5)),
                quant(3, "NONE-NEW", "5", NOW, null)))
                .containsExactly("DATED", "NONE-OLD", "NONE-NEW");
    }

    @Test
    void covers_a_demand_from_one_candidate_that_has_enough() {
        var allocations = RemovalStrategy.FIFO.allocate(new BigDecimal("3"),
                List.of(quant(1, "A", "10", NOW, null), quant(2, "B", "10", NOW.plusSeconds(1), null)));
        assertThat(allocations).hasValueSatisfying(a -> assertThat(taken(a)).containsExactly("A=3"));
    }

    @Test
    void splits_a_demand_across_candidates_in_removal_order_taking_the_last_one_partly() {
        var allocations = RemovalStrategy.FEFO.allocate(new BigDecimal("12.5"), List.of(
                quant(1, "LATE", "10", NOW, TODAY.plusDays(20)),
                quant(2, "SOON", "4", NOW, TODAY.plusDays(1)),
                quant(3, "NEXT", "6.25", NOW, TODAY.plusDays(5))));
        assertThat(allocations).hasValueSatisfying(a -> assertThat(taken(a))
                .containsExactly("SOON=4", "NEXT=6.25", "LATE=2.25"));
    }

    @Test
    void takes_everything_when_the_demand_equals_what_is_available() {
        var allocations = RemovalStrategy.FIFO.allocate(new BigDecimal("7"),
                List.of(quant(1, "A", "3", NOW, null), quant(2, "B", "4", NOW, null)));
        assertThat(allocations).hasValueSatisfying(a -> assertThat(taken(a)).containsExactly("A=3", "B=4"));
    }

    @Test
    void allocates_serials_one_per_candidate() {
        var allocations = RemovalStrategy.FIFO.allocate(new BigDecimal("2"), List.of(
                quant(3, "SN-3", "1", NOW.plusSeconds(2), null),
                quant(1, "SN-1", "1", NOW, null),
                quant(2, "SN-2", "1", NOW.plusSeconds(1), null)));
        assertThat(allocations).hasValueSatisfying(a -> assertThat(taken(a)).containsExactly("SN-1=1", "SN-2=1"));
    }

    @Test
    void returns_empty_when_the_candidates_cannot_cover_the_demand() {
        assertThat(RemovalStrategy.FIFO.allocate(new BigDecimal("10.0001"),
                List.of(quant(1, "A", "4", NOW, null), quant(2, "B", "6", NOW, null)))).isEmpty();
        assertThat(RemovalStrategy.FEFO.allocate(BigDecimal.ONE, List.of())).isEmpty();
    }

    @Test
    void skips_candidates_with_nothing_available() {
        var allocations = RemovalStrategy.FIFO.allocate(new BigDecimal("2"), List.of(
                quant(1, "OLDEST-BUT-ALL-RESERVED", "0", NOW.minusSeconds(60), null),
                quant(2, "OVERDRAWN", "-1", NOW.minusSeconds(30), null),
                quant(3, "FREE", "5", NOW, null)));
        assertThat(allocations).hasValueSatisfying(a -> assertThat(taken(a)).containsExactly("FREE=2"));
    }

    @Test
    void does_not_count_zero_available_candidates_towards_the_demand() {
        assertThat(RemovalStrategy.FIFO.allocate(new BigDecimal("1"),
                List.of(quant(1, "A", "0", NOW, null), quant(2, "B", "0.0000", NOW, null)))).isEmpty();
    }

    @Test
    void leaves_the_callers_list_of_candidates_untouched() {
        List<StockCandidate> candidates = List.of(quant(2, "B", "1", NOW, null), quant(1, "A", "1", NOW, null));
        RemovalStrategy.FIFO.allocate(BigDecimal.ONE, candidates);
        assertThat(candidates).extracting(StockCandidate::lotName).containsExactly("B", "A");
    }
}
