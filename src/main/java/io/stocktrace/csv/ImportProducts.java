package io.stocktrace.csv;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.lot.LotService;
import io.stocktrace.problem.StocktraceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** The products that the rows of an import name by SKU, looked up at once; a row naming none is a problem. */
final class ImportProducts {
    private ImportProducts() {
    }

    static <L> Map<Product, List<L>> byProduct(List<L> lines, Function<L, String> sku, ToIntFunction<L> line,
                                               ProductService products, List<ImportProblem> problems) {
        Map<String, Product> bySku = products.bySkus(lines.stream().map(sku).collect(Collectors.toSet()));
        Map<Product, List<L>> byProduct = new LinkedHashMap<>();
        for (L l : lines) {
            Product product = bySku.get(sku.apply(l));
            if (product == null) {
                problems.add(new ImportProblem(line.applyAsInt(l), "product_sku", "there is no product with SKU '"
                        + sku.apply(l) + "'"));
            } else {
                byProduct.computeIfAbsent(product, p -> new ArrayList<>()).add(l);
            }
        }
        return byProduct;
    }

    /** Whether the product takes lots; if not, each of its rows is a problem. */
    static <L> boolean tracked(Product product, List<L> lines, ToIntFunction<L> line, LotService lots,
                               List<ImportProblem> problems) {
        try {
            lots.requireTracked(product, "product_sku");
            return true;
        } catch (StocktraceException e) {
            lines.forEach(l -> problems.add(new ImportProblem(line.applyAsInt(l), "product_sku", e.getMessage())));
            return false;
        }
    }
}
