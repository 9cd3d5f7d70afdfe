package io.stocktrace.trace;

import io.stocktrace.lot.LotSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lot's genealogy as a graph: the lots reached (with their depth from the traced lot), the links between them
 * (consumed → produced, with quantity and order), every operation of every lot reached, and who supplied and
 * received them.
 */
public record Trace(LotSummary lot, List<TracedLot> lots, List<Link> links, List<Operation> operations,
                    List<PartnerQuantity> suppliers, List<PartnerQuantity> customers) {

    /** The lots of this trace that came in by a receipt: where the trace may continue into what vendors reported. */
    public List<Long> receivedLots() {
        return operations.stream().filter(o -> "receipt".equals(o.type())).map(Operation::lotId).distinct().toList();
    }

    public record TracedLot(long id, String name, long productId, String productName, int depth) {
    }

    public record Link(long fromLotId, long toLotId, BigDecimal quantity, String reference, Instant date) {
    }

    /** {@code packages}: the names (SSCCs) of the packages it travelled in, innermost first; null when loose. */
    public record Operation(long moveLineId, long lotId, Instant date, String reference, String type,
                            String sourceLocation, String destinationLocation, BigDecimal quantity, String partner,
                            List<String> packages) {
        public Operation(long moveLineId, long lotId, Instant date, String reference, String type,
                         String sourceLocation, String destinationLocation, BigDecimal quantity, String partner) {
            this(moveLineId, lotId, date, reference, type, sourceLocation, destinationLocation, quantity, partner, null);
        }
    }

    /**
     * What went between us and a partner: {@code quantity} delivered to a customer (or received from a supplier),
     * {@code returned} what came back from the customer (or went back to the supplier).
     */
    public record PartnerQuantity(Long partnerId, String name, BigDecimal quantity, BigDecimal returned) {
    }

    /**
     * One level further from a lot through one manufacturing order: the lots it was made from (upstream) or into
     * (downstream), their operations, and their own links one level further still (what can unfold next).
     */
    public record Step(List<TracedLot> lots, List<Operation> operations, List<Link> onward) {
    }

    /** Which way to walk the genealogy. */
    public enum Direction {
        UPSTREAM, DOWNSTREAM, BOTH;

        public static Direction fromWire(String value) {
            for (Direction d : values()) {
                if (d.name().equalsIgnoreCase(value) && value.equals(value.toLowerCase(java.util.Locale.ROOT))) {
                    return d;
                }
            }
            throw new IllegalArgumentException(value);
        }

        public boolean up() {
            return this != DOWNSTREAM;
        }

        public boolean down() {
            return this != UPSTREAM;
        }
    }
}
