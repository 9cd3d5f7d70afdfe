package io.stocktrace.csv;

import io.stocktrace.lot.LotName;
import java.math.BigDecimal;
import java.util.List;

/** A row of the opening stock CSV: a quantity of a product, and lot, in a location named by its full name. */
record StockLine(int line, String sku, String location, String lot, BigDecimal quantity) {

    static StockLine read(CsvTable.Row row, List<ImportProblem> problems) {
        Cells cells = new Cells(row, problems);
        String sku = cells.required("product_sku");
        String location = cells.required("location");
        String lot = row.get("lot");
        if (lot != null) {
            LotName.problem(lot).ifPresent(p -> cells.problem("lot", p));
        }
        StockLine line = new StockLine(row.line(), sku, location, lot, cells.quantity("quantity"));
        return cells.valid() ? line : null;
    }
}
