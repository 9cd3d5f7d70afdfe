package io.stocktrace.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountRulesTest {
    private static final Product MILK = product(1, "MILK", Tracking.LOT);
    private static final Product PHONE = product(2, "PHONE", Tracking.SERIAL);
    private static final Product BOLT = product(3, "BOLT", Tracking.NONE);

    private static Product product(long id, String sku, Tracking tracking) {
        return new Product(id, sku, sku + " name", tracking, "Units", null, null, false, Instant.EPOCH);
    }

    private static AdjustmentRequest.Line line(Product p, long location, String lot, String counted) {
        return new AdjustmentRequest.Line(p.id(), location, lot, counted == null ? null : new BigDecimal(counted));
    }

    private static StocktraceException refused(CountRules rules, AdjustmentRequest.Line line, Product p) {
        return catchThrowableOfType(StocktraceException.class, () -> rules.check(3, line, p));
    }

    private static List<String> shapeProblems(AdjustmentRequest.Line... lines) {
        Validation v = new Validation();
        CountRules.checkShape(new AdjustmentRequest(null, false, Arrays.asList(lines)), v);
        var e = catchThrowableOfType(StocktraceException.class, v::throwIfAny);
        return e == null ? List.of() : e.errors().stream().map(f -> f.field()).toList();
    }

    @Test
    void answers_the_lot_name_trimmed_and_none_for_an_untracked_product() {
        CountRules rules = new CountRules();

        assertThat(rules.check(0, line(MILK, 2, " L-1 ", "4"), MILK)).isEqualTo("L-1");
        assertThat(rules.check(1, line(BOLT, 2, null, "4"), BOLT)).isNull();
    }

    @Test
    void checks_every_field_of_every_line_before_any_product_is_read() {
        assertThat(shapeProblems(line(BOLT, 2, null, "-1"), new AdjustmentRequest.Line(null, null, "\u0007", null),
                line(MILK, 2, "L", "1.00001")))
                .containsExactly("lines[0].countedQuantity", "lines[1].productId", "lines[1].locationId",
                        "lines[1].countedQuantity", "lines[1].lot", "lines[2].countedQuantity");
        assertThat(shapeProblems(line(BOLT, 2, null, "0"))).isEmpty();
    }

    @Test
    void a_tracked_line_names_its_lot_and_an_untracked_one_does_not() {
        assertThat(refused(new CountRules(), line(MILK, 2, null, "1"), MILK).type()).isEqualTo(ProblemType.LOT_REQUIRED);
        var notAllowed = refused(new CountRules(), line(BOLT, 2, "L", "1"), BOLT);
        assertThat(notAllowed.type()).isEqualTo(ProblemType.LOT_NOT_ALLOWED);
        assertThat(notAllowed.errors().get(0).field()).isEqualTo("lines[3].lot");
    }

    @Test
    void a_serial_counts_zero_or_one() {
        CountRules rules = new CountRules();
        assertThat(rules.check(0, line(PHONE, 2, "SN-1", "0"), PHONE)).isEqualTo("SN-1");
        assertThat(rules.check(1, line(PHONE, 2, "SN-2", "1.000"), PHONE)).isEqualTo("SN-2");

        var e = refused(rules, line(PHONE, 2, "SN-3", "0.5"), PHONE);

        assertThat(e.type()).isEqualTo(ProblemType.SERIAL_QUANTITY_NOT_ONE);
        assertThat(e.errors().get(0).field()).isEqualTo("lines[3].countedQuantity");
    }

    @Test
    void a_serial_counted_in_two_places_is_refused_but_counted_zero_in_one_of_them_is_a_move() {
        CountRules rules = new CountRules();
        rules.check(0, line(PHONE, 2, "SN-1", "1"), PHONE);
        rules.check(1, line(PHONE, 100, "SN-1", "0"), PHONE);

        var e = refused(rules, line(PHONE, 101, "SN-1", "1"), PHONE);

        assertThat(e.type()).isEqualTo(ProblemType.SERIAL_ALREADY_IN_STOCK);
        assertThat(e.getMessage()).contains("'SN-1'", "location 2", "location 101");
    }

    @Test
    void a_product_location_and_lot_is_counted_once() {
        CountRules rules = new CountRules();
        rules.check(0, line(MILK, 2, "L-1", "1"), MILK);
        rules.check(1, line(MILK, 100, "L-1", "1"), MILK);

        var e = refused(rules, line(MILK, 2, "L-1 ", "2"), MILK);

        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(e.getMessage()).contains("counted twice");
    }
}
