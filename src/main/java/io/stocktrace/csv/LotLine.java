package io.stocktrace.csv;

import io.stocktrace.lot.LotName;
import java.time.LocalDate;
import java.util.List;

/** A row of the lots CSV. Empty cells leave an existing lot's values as they are. */
record LotLine(int line, String sku, String name, String ref, String note, LocalDate expirationDate,
               LocalDate bestBeforeDate, LocalDate removalDate, LocalDate alertDate) {

    static LotLine read(CsvTable.Row row, List<ImportProblem> problems) {
        Cells cells = new Cells(row, problems);
        String sku = cells.required("product_sku");
        String name = row.get("lot");
        LotName.problem(name).ifPresent(p -> cells.problem("lot", p));
        LotLine line = new LotLine(row.line(), sku, name, cells.text("ref", 200), cells.text("note", 4000),
                cells.date("expiration_date"), cells.date("best_before_date"), cells.date("removal_date"),
                cells.date("alert_date"));
        return cells.valid() ? line : null;
    }
}
