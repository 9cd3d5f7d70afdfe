package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One move line to record: a quantity of a product (and lot) from one location to another. {@code reserved} is the
 * part of it that was reserved on the source quant beforehand; {@code inDate} is the incoming date the goods carry
 * to their destination; {@code freshLot} says the lot was created by this very operation, so it has no quant yet.
 * {@code label} names product and lot in problems. {@code packageId} is the package the goods come out of and
 * {@code resultPackageId} the one they go into (null: loose); a package moved whole names itself on both sides.
 */
public record Move(long productId, boolean serial, Long lotId, BigDecimal quantity, long sourceLocationId,
                   long destinationLocationId, BigDecimal reserved, Instant inDate, boolean freshLot, String label,
                   Long packageId, Long resultPackageId) {
    /** A move of loose stock. */
    public Move(long productId, boolean serial, Long lotId, BigDecimal quantity, long sourceLocationId,
                long destinationLocationId, BigDecimal reserved, Instant inDate, boolean freshLot, String label) {
        this(productId, serial, lotId, quantity, sourceLocationId, destinationLocationId, reserved, inDate, freshLot,
                label, null, null);
    }

    /** How problems name a product and lot: {@code MILK lot 'L-1'}, {@code PHONE serial 'SN-1'} or the SKU alone. */
    public static String label(Product p, String lotName) {
        return lotName == null ? p.sku() : p.sku() + " " + (p.tracking() == Tracking.SERIAL ? "serial" : "lot")
                + " '" + lotName + "'";
    }

    public long lotKey() {
        return lotId == null ? 0 : lotId;
    }

    public long packageKey() {
        return packageId == null ? 0 : packageId;
    }

    public long resultPackageKey() {
        return resultPackageId == null ? 0 : resultPackageId;
    }
}
