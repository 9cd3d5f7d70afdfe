package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LineRulesTest {
    private static final Product BOLT = product(1, "BOLT", Tracking.NONE);
    private static final Product MILK = product(2, "MILK", Tracking.LOT);
    private static final Product PHONE = product(3, "PHONE", Tracking.SERIAL);
    private static final Product WATCH = product(4, "WATCH", Tracking.SERIAL);

    private static Product product(long id, String sku, Tracking tracking) {
        return new Product(id, sku, sku + " name", tracking, "Units", null, null, false, Instant.EPOCH);
    }

    private static TransferRequest.Line line(Product product, String quantity, String lot, String... serials) {
        return new TransferRequest.Line(product.id(), quantity == null ? null : new BigDecimal(quantity), lot,
                serials.length == 0 ? null : Arrays.asList(serials), null, null, null, null);
    }

    private static List<String> expanded(List<LineRules.Expanded> lines) {
        return lines.stream().map(l -> l.lotName() + "=" + l.quantity().toPlainString()).toList();
    }

    private static void assertProblem(ThrowingCallable call, ProblemType type, String field, String... mentions) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StocktraceException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.errors()).extracting(FieldProblem::field).containsExactly(field);
            assertThat(e.getMessage()).contains(mentions);
        });
    }

    // invariant 1: a tracked line names its lot, an untracked one names none

    @Test
    void passes_an_untracked_line_through_without_lot() {
        assertThat(expanded(new LineRules(TransferType.RECEIPT).expand(0, line(BOLT, "100", null), BOLT)))
                .containsExactly("null=100");
    }

    @Test
    void refuses_a_lot_on_an_untracked_product_at_the_lot_field() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(2, line(BOLT, "5", "L-1"), BOLT),
                ProblemType.LOT_NOT_ALLOWED, "lines[2].lot", "BOLT");
        assertProblem(() -> new LineRules(TransferType.DELIVERY).expand(0, line(BOLT, "5", "L-1"), BOLT),
                ProblemType.LOT_NOT_ALLOWED, "lines[0].lot", "BOLT");
    }

    @Test
    void names_what_to_remove_from_a_line_of_an_untracked_product() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(1, line(BOLT, "5", "L-1"), BOLT),
                ProblemType.LOT_NOT_ALLOWED, "lines[1].lot", "remove the lot from line 1");
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(1, line(BOLT, "2", null, "SN-1", "SN-2"), BOLT),
                ProblemType.LOT_NOT_ALLOWED, "lines[1].serials", "remove the serial numbers from line 1");
    }

    @Test
    void refuses_serials_on_an_untracked_product_at_the_serials_field() {
        assertProblem(() -> new LineRules(TransferType.INTERNAL).expand(1, line(BOLT, null, null, "SN-1"), BOLT),
                ProblemType.LOT_NOT_ALLOWED, "lines[1].serials", "BOLT");
    }

    @Test
    void requires_a_lot_on_a_receipt_of_a_lot_tracked_product() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(3, line(MILK, "10", null), MILK),
                ProblemType.LOT_REQUIRED, "lines[3].lot", "MILK", "lot.");
    }

    @Test
    void requires_serial_numbers_on_a_receipt_of_a_serial_tracked_product() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(0, line(PHONE, "2", null), PHONE),
                ProblemType.LOT_REQUIRED, "lines[0].lot", "PHONE", "serial numbers.");
    }

    @Test
    void lets_deliveries_and_internal_transfers_of_tracked_products_leave_the_lot_to_the_reservation() {
        assertThat(expanded(new LineRules(TransferType.DELIVERY).expand(0, line(MILK, "12", null), MILK)))
                .containsExactly("null=12");
        assertThat(expanded(new LineRules(TransferType.INTERNAL).expand(0, line(PHONE, "3", null), PHONE)))
                .containsExactly("null=3");
    }

    @Test
    void keeps_a_lot_line_as_one_line_with_the_trimmed_lot_name() {
        assertThat(expanded(new LineRules(TransferType.RECEIPT).expand(0, line(MILK, "10.5", "  MILK-1 "), MILK)))
                .containsExactly("MILK-1=10.5");
    }

    @Test
    void refuses_a_lot_line_without_quantity() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(0, line(MILK, null, "MILK-1"), MILK),
                ProblemType.VALIDATION_FAILED, "lines[0].quantity", "MILK");
    }

    @Test
    void refuses_serials_on_a_lot_tracked_product() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(4, line(MILK, null, null, "A", "B"), MILK),
                ProblemType.VALIDATION_FAILED, "lines[4].serials", "MILK", "tracked by lot");
    }

    // invariant 2: a serial line has quantity 1 and a serial appears once per transfer

    @Test
    void expands_a_serial_list_into_one_line_of_quantity_one_each_in_order() {
        assertThat(expanded(new LineRules(TransferType.RECEIPT).expand(0, line(PHONE, null, null, "SN-2", " SN-1", "sn-2"), PHONE)))
                .containsExactly("SN-2=1", "SN-1=1", "sn-2=1");
    }

    @Test
    void accepts_a_serial_list_whose_quantity_equals_its_length() {
        assertThat(expanded(new LineRules(TransferType.RECEIPT).expand(0, line(PHONE, "2.000", null, "SN-1", "SN-2"), PHONE)))
                .containsExactly("SN-1=1", "SN-2=1");
    }

    @Test
    void treats_a_lot_named_on_a_serial_line_as_one_serial() {
        assertThat(expanded(new LineRules(TransferType.DELIVERY).expand(0, line(PHONE, "1", "SN-1"), PHONE)))
                .containsExactly("SN-1=1");
        assertThat(expanded(new LineRules(TransferType.DELIVERY).expand(0, line(PHONE, null, "SN-1"), PHONE)))
                .containsExactly("SN-1=1");
    }

    @Test
    void refuses_a_named_serial_whose_quantity_is_not_one() {
        assertProblem(() -> new LineRules(TransferType.DELIVERY).expand(0, line(PHONE, "2", "SN-1"), PHONE),
                ProblemType.SERIAL_QUANTITY_NOT_ONE, "lines[0].quantity", "PHONE");
    }

    @Test
    void refuses_a_serial_list_whose_quantity_differs_from_its_length() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(1, line(PHONE, "3", null, "SN-1", "SN-2"), PHONE),
                ProblemType.SERIAL_QUANTITY_NOT_ONE, "lines[1].quantity", "PHONE", "names 2", "asks for 3");
    }

    @Test
    void refuses_a_fraction_of_a_serial_tracked_product_on_a_line_without_serials() {
        assertProblem(() -> new LineRules(TransferType.DELIVERY).expand(0, line(PHONE, "1.5", null), PHONE),
                ProblemType.SERIAL_QUANTITY_NOT_ONE, "lines[0].quantity", "PHONE", "1.5");
    }

    @Test
    void refuses_the_same_serial_twice_in_one_line() {
        assertProblem(() -> new LineRules(TransferType.RECEIPT).expand(0, line(PHONE, null, null, "SN-1", "SN-2", "SN-1"), PHONE),
                ProblemType.DUPLICATE_SERIAL_IN_TRANSFER, "lines[0].serials[2]", "SN-1", "PHONE");
    }

    @Test
    void refuses_the_same_serial_across_lines_of_one_transfer_even_when_spaces_differ() {
        LineRules rules = new LineRules(TransferType.RECEIPT);
        rules.expand(0, line(PHONE, null, null, "SN-1"), PHONE);
        assertProblem(() -> rules.expand(1, line(PHONE, null, null, "SN-2", "SN-1 "), PHONE),
                ProblemType.DUPLICATE_SERIAL_IN_TRANSFER, "lines[1].serials[1]", "SN-1", "PHONE");
    }

    @Test
    void refuses_a_serial_named_as_lot_that_another_line_lists() {
        LineRules rules = new LineRules(TransferType.DELIVERY);
        rules.expand(0, line(PHONE, null, null, "SN-1"), PHONE);
        assertProblem(() -> rules.expand(1, line(PHONE, "1", "SN-1"), PHONE),
                ProblemType.DUPLICATE_SERIAL_IN_TRANSFER, "lines[1].lot", "SN-1");
    }

    @Test
    void allows_the_same_serial_name_for_two_products_and_in_two_transfers() {
        LineRules rules = new LineRules(TransferType.RECEIPT);
        rules.expand(0, line(PHONE, null, null, "SN-1"), PHONE);
        assertThat(expanded(rules.expand(1, line(WATCH, null, null, "SN-1"), WATCH))).containsExactly("SN-1=1");
        assertThat(expanded(new LineRules(TransferType.RECEIPT).expand(0, line(PHONE, null, null, "SN-1"), PHONE)))
                .containsExactly("SN-1=1");
    }

    @Test
    void tells_serials_apart_by_case() {
        assertThat(expanded(new LineRules(TransferType.RECEIPT).expand(0, line(PHONE, null, null, "ab-1", "AB-1"), PHONE)))
                .hasSize(2);
    }

    // the shape of a line, before any product is known

    private static List<FieldProblem> shapeProblems(TransferRequest.Line line) {
        Validation v = new Validation();
        LineRules.checkShape(line, "lines[0]", v);
        try {
            v.throwIfAny();
            return List.of();
        } catch (StocktraceException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
            return e.errors();
        }
    }

    @Test
    void accepts_a_well_formed_line() {
        assertThat(shapeProblems(line(MILK, "10.1234", "MILK-1"))).isEmpty();
        assertThat(shapeProblems(line(PHONE, null, null, "SN-1"))).isEmpty();
    }

    @Test
    void names_each_wrong_field_of_a_line() {
        assertThat(shapeProblems(null)).extracting(FieldProblem::field).containsExactly("lines[0]");
        assertThat(shapeProblems(new TransferRequest.Line(null, null, null, null, null, null, null, null)))
                .extracting(FieldProblem::field).containsExactly("lines[0].productId", "lines[0].quantity");
        assertThat(shapeProblems(line(MILK, "0", null))).extracting(FieldProblem::field)
                .containsExactly("lines[0].quantity");
        assertThat(shapeProblems(line(MILK, "-1", null))).extracting(FieldProblem::field)
                .containsExactly("lines[0].quantity");
        assertThat(shapeProblems(line(MILK, "1.00001", null))).extracting(FieldProblem::message)
                .containsExactly("at most 4 decimals");
        assertThat(shapeProblems(line(MILK, "100000000000000", null))).extracting(FieldProblem::message)
                .containsExactly("is too large");
    }

    @Test
    void refuses_a_lot_and_serials_on_one_line_and_bad_names_at_their_index() {
        assertThat(shapeProblems(line(PHONE, null, "L", "SN-1"))).extracting(FieldProblem::field)
                .containsExactly("lines[0].serials");
        assertThat(shapeProblems(line(PHONE, null, null, "SN-1", " ", "SN\t3"))).extracting(FieldProblem::field)
                .containsExactly("lines[0].serials[1]", "lines[0].serials[2]");
        assertThat(shapeProblems(new TransferRequest.Line(3L, null, null, List.of(), null, null, null, null)))
                .extracting(FieldProblem::field).containsExactly("lines[0].serials");
        assertThat(shapeProblems(line(MILK, "1", "x".repeat(129)))).extracting(FieldProblem::field)
                .containsExactly("lines[0].lot");
    }
}
