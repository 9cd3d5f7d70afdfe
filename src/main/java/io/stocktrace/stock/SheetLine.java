package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.location.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of a transfer's page as the user asked for it: the product by name, the total quantity in its unit, and
 * the lots or serials it takes (a serial line lists its serials, it is not a column of 1s); on a refused draft, what
 * the stock could cover.
 */
public record SheetLine(int lineNo, String product, boolean serial, String unit, BigDecimal quantity,
                        List<Part> parts, LineAvailability availability) {

    /** A lot or serial of the line, its share of the quantity, and where it is taken from once reserved. */
    public record Part(Long lotId, String name, BigDecimal quantity, String location) {
    }

    /**
     * The lines of an open transfer by the request line they came from; those of a done transfer (its moves) by
     * product, in the order they were moved.
     */
    static List<SheetLine> of(Transfer transfer, Map<Long, Product> products, Map<Long, Location> locations,
                              Map<Integer, LineAvailability> availability) {
        Map<Integer, List<TransferLine>> groups = transfer.state() == TransferState.DONE
                ? byProduct(transfer.lines()) : byLineNo(transfer.lines());
        List<SheetLine> lines = new ArrayList<>(groups.size());
        groups.forEach((no, group) -> {
            Product product = products.get(group.get(0).productId());
            BigDecimal quantity = group.stream().map(TransferLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Part> parts = group.stream().filter(l -> l.lotName() != null || l.reserved())
                    .map(l -> new Part(l.lotId(), l.lotName(), l.quantity(), l.reserved()
                            && l.sourceLocationId() != transfer.sourceLocationId() && locations.containsKey(
                            l.sourceLocationId()) ? locations.get(l.sourceLocationId()).fullName() : null))
                    .toList();
            lines.add(new SheetLine(no, product == null ? "" : product.name(),
                    product != null && product.tracking() == Tracking.SERIAL, product == null ? "" : product.uom(),
                    quantity, parts, availability.get(no)));
        });
        return lines;
    }

    private static Map<Integer, List<TransferLine>> byLineNo(List<TransferLine> lines) {
        Map<Integer, List<TransferLine>> groups = new TreeMap<>();
        lines.forEach(l -> groups.computeIfAbsent(l.lineNo(), n -> new ArrayList<>()).add(l));
        return groups;
    }

    private static Map<Integer, List<TransferLine>> byProduct(List<TransferLine> lines) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, List<TransferLine>> groups = new LinkedHashMap<>();
        for (TransferLine l : lines) {
            int no = numbers.computeIfAbsent(l.productId(), p -> numbers.size());
            groups.computeIfAbsent(no, n -> new ArrayList<>()).add(l);
        }
        return groups;
    }

    /** Whether the lot or serial column says more than one name: several lots, or any location. */
    public boolean detailed() {
        return parts.size() > 1 || parts.stream().anyMatch(p -> p.location() != null);
    }
}
