package io.stocktrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotStatus;
import io.stocktrace.lot.LotSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenealogyPictureTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Trace trace(int customers, int madeLots) {
        Lot lot = new Lot(1, 1, "F-1", null, null, LotStatus.AVAILABLE, new LotDates(null, null, null, null), NOW);
        List<Trace.TracedLot> lots = new ArrayList<>(List.of(new Trace.TracedLot(1, "F-1", 1, "Flour", 0)));
        List<Trace.Link> links = new ArrayList<>();
        IntStream.rangeClosed(1, madeLots).forEach(i -> {
            lots.add(new Trace.TracedLot(100 + i, "B-" + i, 2, "Bread", 1));
            links.add(new Trace.Link(1, 100 + i, BigDecimal.ONE, "WH/MO/1", NOW));
        });
        List<Trace.Operation> ops = new ArrayList<>();
        ops.add(new Trace.Operation(1, 1, NOW, "WH/IN/1", "receipt", "Partners/Vendors", "WH/Stock", BigDecimal.TEN, "Mill"));
        IntStream.rangeClosed(1, customers).forEach(i -> ops.add(new Trace.Operation(1 + i, 100 + 1 + i % Math.max(madeLots, 1),
                NOW, "WH/OUT/" + i, "delivery", "WH/Stock", "Partners/Customers", BigDecimal.valueOf(i == 1 ? 50 : 1),
                "Customer " + i)));
        return new Trace(new LotSummary(lot, "Flour", "FLOUR", Tracking.LOT, BigDecimal.TEN), lots, links, ops,
                List.of(), List.of());
    }

    @Test
    void draws_vendors_left_the_traced_lot_its_products_and_customers_right() {
        GenealogyPicture picture = GenealogyPicture.of(trace(2, 2), false);
        assertThat(picture.labels("vendor")).containsExactly("Mill");
        assertThat(picture.labels("traced")).containsExactly("F-1");
        assertThat(picture.labels("lot")).containsExactly("B-1", "B-2");
        assertThat(picture.labels("customer")).containsExactly("Customer 1", "Customer 2");
        var x = picture.nodes().stream().collect(java.util.stream.Collectors.toMap(GenealogyPicture.Node::label,
                GenealogyPicture.Node::x));
        assertThat(x.get("Mill")).isLessThan(x.get("F-1"));
        assertThat(x.get("F-1")).isLessThan(x.get("B-1"));
        assertThat(x.get("B-1")).isLessThan(x.get("Customer 1"));
        assertThat(picture.edges()).extracting(GenealogyPicture.Edge::label).contains("10", "1", "50");
    }

    @Test
    void a_lot_reaching_500_customers_shows_the_biggest_and_summarises_the_rest() {
        GenealogyPicture picture = GenealogyPicture.of(trace(500, 600), false);
        assertThat(picture.labels("customer")).hasSize(GenealogyPicture.MAX_PER_COLUMN - 1).first().isEqualTo("Customer 1");
        assertThat(picture.labels("more")).containsExactly("+ 588 more lots", "+ 489 more");
        assertThat(picture.nodes()).hasSizeLessThan(40);
        assertThat(picture.edges()).hasSizeLessThan(200);
        assertThat(picture.height()).isLessThan(1200);
    }
}
