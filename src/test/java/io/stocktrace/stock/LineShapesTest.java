package io.stocktrace.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which inputs a line of the transfer form shows, and where its problems go, as the server renders it. */
class LineShapesTest {
    private static final Map<Long, Product> PRODUCTS = Map.of(1L, product(1, "MILK", Tracking.LOT),
            2L, product(2, "PHONE", Tracking.SERIAL), 3L, product(3, "BOLT", Tracking.NONE));

    private static Product product(long id, String sku, Tracking tracking) {
        return new Product(id, sku, sku + " name", tracking, "Units", null, null, false, Instant.EPOCH);
    }

    private static FormRows.Row row(Map<String, String> values) {
        return new FormRows.Row(0, values);
    }

    private static FormProblems problems(String path, String message) {
        return FormProblems.none(FormFields.form().rows("lines", null).input("lot", "Lot Number")
                .input("serials", "Serial Numbers").input("quantity", "Quantity").products(Map.of("PHONE", "PHONE name")))
                .add(path, message);
    }

    @Test
    void a_line_shows_the_lot_of_a_lot_product_the_serials_of_a_serial_product_neither_for_untracked_and_both_before_a_choice() {
        LineShapes shapes = new LineShapes(PRODUCTS, null);
        assertThat(shapes.shows(row(Map.of("productId", "1")), "lot")).isTrue();
        assertThat(shapes.shows(row(Map.of("productId", "1")), "serials")).isFalse();
        assertThat(shapes.shows(row(Map.of("productId", "2")), "lot")).isFalse();
        assertThat(shapes.shows(row(Map.of("productId", "2")), "serials")).isTrue();
        assertThat(shapes.shows(row(Map.of("productId", "3")), "lot")).isFalse();
        assertThat(shapes.shows(row(Map.of("productId", "3")), "serials")).isFalse();
        assertThat(shapes.shows(row(Map.of()), "lot")).isTrue();
        assertThat(shapes.shows(row(Map.of("productId", "x")), "serials")).isTrue();
        assertThat(shapes.tracking(row(Map.of("productId", "2")))).isEqualTo("serial");
    }

    @Test
    void an_input_with_something_typed_shows_whatever_the_product() {
        LineShapes shapes = new LineShapes(PRODUCTS, null);
        assertThat(shapes.shows(row(Map.of("productId", "2", "lot", "SN-7")), "lot")).isTrue();
        assertThat(shapes.shows(row(Map.of("productId", "3", "serials", "S-1")), "serials")).isTrue();
    }

    @Test
    void a_problem_of_the_whole_line_shows_at_its_serials_and_a_serial_product_s_missing_lot_at_its_list() {
        var listed = row(Map.of("productId", "2", "serials", "SN-1"));
        assertThat(new LineShapes(PRODUCTS, problems("lines[0]", "Serial number 'SN-1' is in stock.")).problem(listed, "serials"))
                .isEqualTo("Serial number 'SN-1' is in stock.");
        var none = row(Map.of("productId", "2"));
        LineShapes missing = new LineShapes(PRODUCTS, problems("lines[0].lot", "Product PHONE must name its serial numbers."));
        assertThat(missing.problem(none, "serials")).isEqualTo("Product PHONE name must name its serial numbers.");
        assertThat(missing.rest(none)).isNull();
    }

    @Test
    void a_problem_of_an_input_the_line_does_not_show_is_shown_at_the_line() {
        var untracked = row(Map.of("productId", "3", "quantity", "1"));
        LineShapes shapes = new LineShapes(PRODUCTS, problems("lines[0].serials", "must list at least one serial number"));
        assertThat(shapes.rest(untracked)).isEqualTo("Serial Numbers: must list at least one serial number.");
    }
}
