package io.stocktrace.stock;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.LotName;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of lots and serials for the lines of one transfer (invariants 1 and 2): a tracked product's receipt line
 * names its lot, an untracked product's line names none, a serial counts 1 and appears once per transfer. One
 * instance per transfer, because it remembers the serials it has seen. Plain Java: no stored state is consulted.
 */
public final class LineRules {
    /** What one request line becomes: the lot or serial it names (stored form, or null) and its quantity. */
    public record Expanded(String lotName, BigDecimal quantity) {
    }

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000000000000");

    private final TransferType type;
    private final String linesField;
    private final Set<String> seenSerials = new HashSet<>();

    LineRules(TransferType type) {
        this(type, "lines");
    }

    /**
     * Rules for the lines of another document that moves existing stock like {@code type} does (a manufacturing
     * order's components), whose problems point at {@code linesField[i]}.
     */
    public LineRules(TransferType type, String linesField) {
        this.type = type;
        this.linesField = linesField;
    }

    /**
     * Rules for a document that is one line itself (a scrap): its problems point at top-level fields
     * ({@code lot}, {@code serials[0]}).
     */
    public static LineRules singleLine() {
        return new LineRules(TransferType.INTERNAL, null);
    }

    /** {@code at.name}, or {@code name} alone for a single-line document ({@code at} empty). */
    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    /**
     * The checks that need no product: quantity, and lot or serial names, each problem under its field path
     * ({@code at} empty for a single-line document).
     */
    public static void checkShape(TransferRequest.Line line, String at, Validation v) {
        if (line == null) {
            v.add(at, "must be an object");
            return;
        }
        v.require(line.productId() != null, field(at, "productId"), "is required");
        BigDecimal q = line.quantity();
        v.require(q == null || q.signum() > 0, field(at, "quantity"), "must be greater than 0");
        v.require(q == null || q.stripTrailingZeros().scale() <= 4, field(at, "quantity"), "at most 4 decimals");
        v.require(q == null || q.compareTo(MAX_QUANTITY) < 0, field(at, "quantity"), "is too large");
        v.require(q != null || line.serials() != null || line.lot() != null, field(at, "quantity"), "is required");
        v.require(line.lot() == null || line.serials() == null, field(at, "serials"), "give either lot or serials, not both");
        if (line.lot() != null) {
            LotName.problem(line.lot()).ifPresent(p -> v.add(field(at, "lot"), p));
        }
        if (line.serials() != null) {
            v.require(!line.serials().isEmpty(), field(at, "serials"), "must list at least one serial number");
            for (int j = 0; j < line.serials().size(); j++) {
                int index = j;
                LotName.problem(line.serials().get(j)).ifPresent(p -> v.add(field(at, "serials[" + index + "]"), p));
            }
        }
    }

    /**
     * The lines that request line {@code i} (already through {@link #checkShape}) becomes: one, or one per serial.
     *
     * @throws StocktraceException lot-required, lot-not-allowed, serial-quantity-not-one, duplicate-serial-in-transfer
     *                             or validation-failed, pinned to the field of the request
     */
    public List<Expanded> expand(int i, TransferRequest.Line line, Product product) {
        String at = linesField == null ? "" : linesField + "[" + i + "]";
        boolean named = line.lot() != null || line.serials() != null;
        if (!product.tracking().isTracked()) {
            if (named) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_ALLOWED, field(at, line.lot() != null ? "lot" : "serials"),
                        "Product " + product.sku() + " is not tracked by lot or serial number; remove the "
                                + (line.lot() != null ? "lot" : "serial numbers") + " from line " + i + ".");
            }
            return List.of(new Expanded(null, line.quantity()));
        }
        if (!named && type.createsLots()) {
            throw StocktraceException.atField(ProblemType.LOT_REQUIRED, field(at, "lot"), "Product " + product.sku()
                    + " is tracked by " + product.tracking().wire() + ": line " + i + " of a receipt must name its "
                    + (product.tracking() == Tracking.SERIAL ? "serial numbers." : "lot."));
        }
        if (product.tracking() == Tracking.LOT) {
            if (line.serials() != null) {
                throw StocktraceException.invalid(field(at, "serials"), "product " + product.sku()
                        + " is tracked by lot: give one lot and a quantity");
            }
            if (line.quantity() == null) {
                throw StocktraceException.invalid(field(at, "quantity"), "is required: product " + product.sku()
                        + " is tracked by lot, so a line needs the quantity of its lot");
            }
            return List.of(new Expanded(line.lot() == null ? null : LotName.normalize(line.lot()), line.quantity()));
        }
        return expandSerials(i, line, product);
    }

    private List<Expanded> expandSerials(int i, TransferRequest.Line line, Product product) {
        String at = linesField == null ? "" : linesField + "[" + i + "]";
        List<String> names = line.serials() != null ? line.serials() : line.lot() != null ? List.of(line.lot()) : null;
        if (names == null) {
            BigDecimal q = line.quantity();
            if (q.stripTrailingZeros().scale() > 0) {
                throw StocktraceException.atField(ProblemType.SERIAL_QUANTITY_NOT_ONE, field(at, "quantity"),
                        "Product " + product.sku() + " is tracked by serial number: a quantity of whole units is needed, not "
                                + Quantities.plain(q) + ".");
            }
            return List.of(new Expanded(null, q));
        }
        BigDecimal expected = BigDecimal.valueOf(names.size());
        if (line.quantity() != null && line.quantity().compareTo(expected) != 0) {
            throw StocktraceException.atField(ProblemType.SERIAL_QUANTITY_NOT_ONE, field(at, "quantity"), "Each serial number of "
                    + product.sku() + " counts 1: line " + i + " names " + names.size() + " but asks for "
                    + Quantities.plain(line.quantity()) + ".");
        }
        List<Expanded> lines = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            String name = LotName.normalize(names.get(j));
            if (!seenSerials.add(product.id() + "\u0000" + name)) {
                throw StocktraceException.atField(ProblemType.DUPLICATE_SERIAL_IN_TRANSFER,
                        field(at, line.serials() != null ? "serials[" + j + "]" : "lot"),
                        "Serial number '" + name + "' of product " + product.sku() + " appears more than once in this " + ("lines".equals(linesField) ? "transfer" : linesField == null ? "scrap" : "order") + ".");
            }
            lines.add(new Expanded(name, BigDecimal.ONE));
        }
        return lines;
    }
}
