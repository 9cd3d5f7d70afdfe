package io.stocktrace.csv;

import io.stocktrace.catalog.Expiry;
import java.util.List;

/** A row of the products CSV. Empty cells leave an existing product's values as they are. */
record ProductLine(int line, String sku, String name, String tracking, String uom, String gtin, Expiry expiry) {

    /** The row, or null when a cell cannot be read (the problems say which). */
    static ProductLine read(CsvTable.Row row, List<ImportProblem> problems) {
        Cells cells = new Cells(row, problems);
        String sku = cells.required("sku");
        Expiry expiry = new Expiry(cells.days("expiration_days"), cells.days("best_before_days"),
                cells.days("removal_days"), cells.days("alert_days"));
        ProductLine line = new ProductLine(row.line(), sku, row.get("name"), row.get("tracking"), row.get("uom"),
                row.get("gtin"), expiry.noneSet() ? null : expiry);
        return cells.valid() ? line : null;
    }
}
