package io.stocktrace.csv;

import io.stocktrace.api.Change;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lots with their dates, by product SKU and lot name: a new name creates the lot (missing dates derived as for
 * POST /lots), a known one updates the cells given (dates as a PATCH would). Checked and written in batches: a
 * handful of statements for 100,000 lots.
 */
@Component
class LotImport implements Importer {
    private final ProductService products;
    private final LotService lots;

    LotImport(ProductService products, LotService lots) {
        this.products = products;
        this.lots = lots;
    }

    @Override
    public CsvKind kind() {
        return CsvKind.LOTS;
    }

    @Override
    public Counts importRows(List<CsvTable.Row> rows, List<ImportProblem> problems, boolean write, String actor,
                             Instant now) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<LotLine> lines = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            LotLine line = LotLine.read(row, problems);
            if (line != null) {
                Integer earlier = firstLine.putIfAbsent(line.sku() + "\n" + line.name(), line.line());
                if (earlier == null) {
                    lines.add(line);
                } else {
                    problems.add(new ImportProblem(line.line(), "lot", "lot '" + line.name() + "' of product "
                            + line.sku() + " is already on line " + earlier));
                }
            }
        }
        Map<Product, List<LotLine>> byProduct = ImportProducts.byProduct(lines, LotLine::sku, LotLine::line, products,
                problems);
        byProduct.entrySet().removeIf(e -> !ImportProducts.tracked(e.getKey(), e.getValue(), LotLine::line, lots,
                problems));
        LocalDate today = lots.dayOf(now);
        List<Lot> created = new ArrayList<>();
        List<Lot> updated = new ArrayList<>();
        byProduct.forEach((product, productLines) -> {
            Map<String, Lot> existing = lots.findExisting(product.id(), productLines.stream().map(LotLine::name).toList());
            for (LotLine line : productLines) {
                Lot lot = existing.get(line.name());
                if (lot == null) {
                    created.add(new Lot(0, product.id(), line.name(), line.ref(), line.note(), LotStatus.AVAILABLE,
                            new LotDates(line.expirationDate(), line.bestBeforeDate(), line.removalDate(),
                                    line.alertDate()).completedFrom(product.expiry(), today), now));
                } else {
                    Lot changed = updated(lot, line, product);
                    if (!changed.equals(lot)) {
                        updated.add(changed);
                    }
                }
            }
        });
        if (write && problems.isEmpty()) {
            lots.importLots(created, updated, actor);
        }
        return new Counts(created.size(), updated.size());
    }

    private static Lot updated(Lot lot, LotLine line, Product product) {
        LotDates dates = lot.dates().edited(given(line.expirationDate()), given(line.bestBeforeDate()),
                given(line.removalDate()), given(line.alertDate()), product.expiry());
        return new Lot(lot.id(), lot.productId(), lot.name(), line.ref() == null ? lot.ref() : line.ref(),
                line.note() == null ? lot.note() : line.note(), lot.status(), dates, lot.createdAt());
    }

    private static Change<LocalDate> given(LocalDate cell) {
        return cell == null ? Change.unchanged() : Change.to(cell);
    }
}
