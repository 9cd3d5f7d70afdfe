package io.stocktrace.inventory;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.LotName;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one count's lines: a tracked product's line names its lot, an untracked one's none; a serial counts
 * 0 or 1; a product, location and lot is counted once; and a serial is counted 1 in one place at most. One instance
 * per count, because it remembers the lines it has seen. Plain Java: no stored state is consulted.
 */
public final class CountRules {
    static final int MAX_LINES = 100_000;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000000000000");

    private final Set<String> counted = new HashSet<>();
    private final Map<String, Long> serialCountedAt = new HashMap<>();

    /** The checks that need no stored data: every field of every line, each problem under its path. */
    public static void checkShape(AdjustmentRequest request, Validation v) {
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            v.add("lines", "at least one line is required");
            return;
        }
        v.require(request.lines().size() <= MAX_LINES, "lines", "at most " + MAX_LINES + " lines");
        v.require(request.reason() == null || request.reason().length() <= 1000, "reason", "at most 1000 characters");
        for (int i = 0; i < request.lines().size(); i++) {
            AdjustmentRequest.Line line = request.lines().get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                v.add(at, "must be an object");
                continue;
            }
            v.require(line.productId() != null, at + ".productId", "is required");
            v.require(line.locationId() != null, at + ".locationId", "is required");
            BigDecimal q = line.countedQuantity();
            v.require(q != null, at + ".countedQuantity", "is required");
            v.require(q == null || q.signum() >= 0, at + ".countedQuantity", "must be 0 or more");
            v.require(q == null || q.stripTrailingZeros().scale() <= 4, at + ".countedQuantity", "at most 4 decimals");
            v.require(q == null || q.compareTo(MAX_QUANTITY) < 0, at + ".countedQuantity", "is too large");
            if (line.lot() != null) {
                LotName.problem(line.lot()).ifPresent(p -> v.add(at + ".lot", p));
            }
        }
    }

    /**
     * Checks line {@code i} (already through {@link #checkShape}) against its product; answers its lot name in stored
     * form, or null for an untracked product.
     *
     * @throws StocktraceException lot-required, lot-not-allowed, serial-quantity-not-one, serial-already-in-stock (a
     *                             serial counted 1 in two places) or validation-failed (counted twice)
     */
    public String check(int i, AdjustmentRequest.Line line, Product product) {
        String at = "lines[" + i + "]";
        if (!product.tracking().isTracked()) {
            if (line.lot() != null) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_ALLOWED, at + ".lot", "Product " + product.sku()
                        + " is not tracked by lot or serial number; remove the lot from line " + i + ".");
            }
        } else if (line.lot() == null) {
            throw StocktraceException.atField(ProblemType.LOT_REQUIRED, at + ".lot", "Product " + product.sku()
                    + " is tracked by " + product.tracking().wire() + ": line " + i + " of a count must name the "
                    + (product.tracking() == Tracking.SERIAL ? "serial number." : "lot."));
        }
        String lot = line.lot() == null ? null : LotName.normalize(line.lot());
        if (!counted.add(product.id() + "\u0000" + line.locationId() + "\u0000" + lot)) {
            throw StocktraceException.invalid(at, "product " + product.sku() + (lot == null ? "" : " lot '" + lot + "'")
                    + " in location " + line.locationId() + " is counted twice");
        }
        if (product.tracking() == Tracking.SERIAL) {
            checkSerial(at, line, product, lot);
        }
        return lot;
    }

    private void checkSerial(String at, AdjustmentRequest.Line line, Product product, String serial) {
        BigDecimal q = line.countedQuantity();
        if (q.compareTo(BigDecimal.ZERO) != 0 && q.compareTo(BigDecimal.ONE) != 0) {
            throw StocktraceException.atField(ProblemType.SERIAL_QUANTITY_NOT_ONE, at + ".countedQuantity",
                    "Serial number '" + serial + "' of " + product.sku() + " counts 0 or 1, not " + Quantities.plain(q) + ".");
        }
        if (q.signum() == 0) {
            return;
        }
        Long other = serialCountedAt.putIfAbsent(product.id() + "\u0000" + serial, line.locationId());
        if (other != null) {
            throw StocktraceException.atField(ProblemType.SERIAL_ALREADY_IN_STOCK, at + ".countedQuantity",
                    "Serial number '" + serial + "' of " + product.sku() + " is counted in location " + other
                            + " and in location " + line.locationId() + "; a serial number can be in one place only.");
        }
    }
}
