package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.FormRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which inputs a row of the transfer form shows, as the page's script would after choosing its product: the lot for a
 * lot product, the serial numbers for a serial product, neither for an untracked one, both while no product is chosen;
 * and an input with something typed in it always, so that nothing typed is hidden. Each problem shows at its input, or
 * at the line when that input is not shown. Read by the template as {@code shapes}.
 */
public final class LineShapes {
    private final Map<Long, Product> products;
    private final FormProblems errors;

    LineShapes(Map<Long, Product> products, FormProblems errors) {
        this.products = products;
        this.errors = errors;
    }

    /** The tracking of the row's product ({@code none}, {@code lot}, {@code serial}), or null before one is chosen. */
    public String tracking(FormRows.Row row) {
        String id = row.text("productId");
        Product product = id == null || !id.matches("\\d{1,18}") ? null : products.get(Long.valueOf(id));
        return product == null ? null : product.tracking().wire();
    }

    public boolean shows(FormRows.Row row, String input) {
        String tracking = tracking(row);
        boolean needed = switch (input) {
            case "lot" -> tracking == null || "lot".equals(tracking);
            case "serials" -> tracking == null || "serial".equals(tracking);
            default -> true;
        };
        return needed || row.text(input) != null;
    }

    /**
     * The problems shown at an input of the row: its own, and those of the whole line at the list of serials or the
     * lot it names; a serial product's missing serial numbers show at its list.
     */
    public String problem(FormRows.Row row, String input) {
        if (errors == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        add(texts, errors.rowAt(row.index(), input));
        if (input.equals(wholeLineAt(row))) {
            add(texts, errors.rowAt(row.index(), ""));
        }
        if (input.equals("serials") && shows(row, "serials") && !shows(row, "lot")) {
            add(texts, errors.rowAt(row.index(), "lot"));
        }
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    /** The problems of the row that no shown input holds. */
    public String rest(FormRows.Row row) {
        if (errors == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        if (wholeLineAt(row) == null) {
            add(texts, errors.rowAt(row.index(), ""));
        }
        for (String input : List.of("lot", "serials")) {
            if (!shows(row, input) && !(input.equals("lot") && shows(row, "serials"))) {
                add(texts, errors.rowAt(row.index(), input));
            }
        }
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    private static String wholeLineAt(FormRows.Row row) {
        return row.text("serials") != null ? "serials" : row.text("lot") != null ? "lot" : null;
    }

    private static void add(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
