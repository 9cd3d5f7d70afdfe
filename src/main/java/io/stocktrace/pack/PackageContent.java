package io.stocktrace.pack;

import java.math.BigDecimal;
import java.util.List;

/** What a package holds: its own quants, and its child packages with theirs, to any depth. */
public record PackageContent(StockPackage pack, List<Item> items, List<PackageContent> children) {
    /** A quant in the package: a product, its lot or serial (null for an untracked product), the quantity. */
    public record Item(long productId, String sku, String productName, Long lotId, String lot, BigDecimal quantity) {
    }

    /** Everything inside, children's content included, added up per product and lot. */
    public BigDecimal totalQuantity() {
        BigDecimal own = items.stream().map(Item::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        return children.stream().map(PackageContent::totalQuantity).reduce(own, BigDecimal::add);
    }
}
