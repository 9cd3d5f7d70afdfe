package io.stocktrace.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a form's table of lines (a transfer's lines, an order's components, a count): each row repeats the same
 * inputs, so the request carries one array per input name, in the order of the rows. Blank rows are left out; each row
 * keeps its place on the page, so that a problem of {@code lines[2]} shows on the row it came from (see
 * {@link FormProblems}).
 */
public final class FormRows {
    /** The place of the row a page's template holds; its ids end in -999 until a copy is added to the table. */
    public static final int TEMPLATE_INDEX = 999;

    private FormRows() {
    }

    /** One row of inputs, by input name; {@code index} is its place among the rows on the page. */
    public record Row(int index, Map<String, String> values) {
        /** The stripped text of an input, null when blank. */
        public String text(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public Long id(String name) {
            String value = text(name);
            return value == null ? null : Long.valueOf(value);
        }

        public BigDecimal decimal(String name) {
            String value = text(name);
            return value == null ? null : new BigDecimal(value);
        }
    }

    /** An empty row at that place, for a new form or a row added on the page. */
    public static Row blank(int index) {
        return new Row(index, Map.of());
    }

    /** The rows with at least one input filled in. */
    public static List<Row> read(HttpServletRequest request, String... names) {
        Map<String, String[]> arrays = new LinkedHashMap<>();
        int count = 0;
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            arrays.put(name, values == null ? new String[0] : values);
            count = Math.max(count, arrays.get(name).length);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (var array : arrays.entrySet()) {
                values.put(array.getKey(), i < array.getValue().length ? array.getValue()[i] : "");
            }
            Row row = new Row(i, values);
            if (values.keySet().stream().anyMatch(n -> row.text(n) != null)) {
                rows.add(row);
            }
        }
        return rows;
    }
}
