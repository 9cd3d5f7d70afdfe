package io.stocktrace.csv;

import io.stocktrace.api.Change;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Products by SKU: a new SKU creates a product, a known one updates the cells given. Each row goes through the
 * catalog's own create and update, so the rules are the same as for POST and PATCH /products; a dry run's
 * transaction is rolled back.
 */
@Component
class ProductImport implements Importer {
    private static final Map<String, String> COLUMNS = Map.of("expiry.expirationDays", "expiration_days",
            "expiry.bestBeforeDays", "best_before_days", "expiry.removalDays", "removal_days",
            "expiry.alertDays", "alert_days");

    private final ProductService products;

    ProductImport(ProductService products) {
        this.products = products;
    }

    @Override
    public CsvKind kind() {
        return CsvKind.PRODUCTS;
    }

    @Override
    public Counts importRows(List<CsvTable.Row> rows, List<ImportProblem> problems, boolean write, String actor,
                             Instant now) {
        List<ProductLine> lines = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : rows) {
            ProductLine line = ProductLine.read(row, problems);
            if (line == null) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(line.sku(), line.line());
            if (earlier != null) {
                problems.add(new ImportProblem(line.line(), "sku", "SKU '" + line.sku() + "' is already on line " + earlier));
            } else {
                lines.add(line);
            }
        }
        Map<String, Product> existing = products.bySkus(firstLine.keySet());
        int created = 0;
        int updated = 0;
        for (ProductLine line : lines) {
            Product current = existing.get(line.sku());
            try {
                if (current == null) {
                    products.create(line.sku(), line.name(), line.tracking(), line.uom(), line.gtin(), line.expiry(), null);
                    created++;
                } else if (!products.update(current.id(), change(line)).equals(current)) {
                    updated++;
                }
            } catch (StocktraceException e) {
                report(e, line.line(), problems);
            }
        }
        return new Counts(created, updated);
    }

    private static ProductService.ProductChange change(ProductLine line) {
        return new ProductService.ProductChange(given(line.name()), given(line.tracking()), given(line.uom()),
                given(line.gtin()), given(line.expiry()), Change.unchanged());
    }

    private static <T> Change<T> given(T cell) {
        return cell == null ? Change.unchanged() : Change.to(cell);
    }

    private static void report(StocktraceException e, int line, List<ImportProblem> problems) {
        if (e.errors().isEmpty()) {
            boolean tracking = e.type() == ProblemType.TRACKING_LOCKED || e.type() == ProblemType.FEATURE_DISABLED;
            problems.add(new ImportProblem(line, tracking ? "tracking" : null, e.getMessage()));
        }
        for (FieldProblem f : e.errors()) {
            String column = COLUMNS.getOrDefault(f.field(), f.field());
            String message = f.message().startsWith(f.field() + ": ") ? f.message().substring(f.field().length() + 2)
                    : f.message();
            problems.add(new ImportProblem(line, column, message));
        }
    }
}
