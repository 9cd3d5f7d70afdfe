package io.stocktrace.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.manufacturing.GenealogySplit.Consumed;
import io.stocktrace.manufacturing.GenealogySplit.Link;
import io.stocktrace.manufacturing.GenealogySplit.Produced;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenealogySplitTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void shares_a_component_among_produced_lots_in_proportion_to_their_quantities() {
        assertThat(GenealogySplit.shares(d("10"), List.of(d("3"), d("1")))).containsExactly(d("7.5000"), d("2.5000"));
    }

    @Test
    void parts_of_a_split_add_up_exactly_to_the_whole() {
        List<BigDecimal> parts = GenealogySplit.shares(d("1"), List.of(d("1"), d("1"), d("1")));
        assertThat(parts).containsExactly(d("0.3334"), d("0.3333"), d("0.3333"));
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
        List<BigDecimal> odd = GenealogySplit.shares(d("2.0001"), List.of(d("0.7"), d("1.3"), d("5"), d("0.0001")));
        assertThat(odd.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("2.0001");
        assertThat(odd).allSatisfy(p -> assertThat(p.scale()).isEqualTo(4));
    }

    @Test
    void leftover_units_go_to_the_largest_remainders() {
        // 0.0005 over weights 1, 2, 2: exact 0.0001, 0.0002, 0.0002
        assertThat(GenealogySplit.shares(d("0.0005"), List.of(d("1"), d("2"), d("2"))))
                .containsExactly(d("0.0001"), d("0.0002"), d("0.0002"));
        // 0.0002 over 3 equal weights: 0.0000666.. each, the first two get a unit
        assertThat(GenealogySplit.shares(d("0.0002"), List.of(d("1"), d("1"), d("1"))))
                .containsExactly(d("0.0001"), d("0.0001"), d("0.0000"));
    }

    @Test
    void a_component_for_one_serial_links_to_that_serial_only() {
        List<Link> links = GenealogySplit.links(
                List.of(new Consumed(1, d("2"), 11L), new Consumed(2, d("1"), 12L)),
                List.of(new Produced(11, d("1")), new Produced(12, d("1"))));
        assertThat(links).containsExactly(new Link(1, 11, d("2.0000")), new Link(2, 12, d("1.0000")));
    }

    @Test
    void a_shared_component_links_to_every_produced_lot_and_parts_that_round_to_zero_are_left_out() {
        List<Link> links = GenealogySplit.links(
                List.of(new Consumed(1, d("6"), null), new Consumed(2, d("0.0001"), null), new Consumed(1, d("3"), null)),
                List.of(new Produced(10, d("2")), new Produced(20, d("1"))));
        assertThat(links).containsExactly(new Link(1, 10, d("6.0000")), new Link(1, 20, d("3.0000")),
                new Link(2, 10, d("0.0001")));
    }

    @Test
    void nothing_produced_with_a_lot_records_no_link() {
        assertThat(GenealogySplit.links(List.of(new Consumed(1, d("5"), null)), List.of())).isEmpty();
    }
}
