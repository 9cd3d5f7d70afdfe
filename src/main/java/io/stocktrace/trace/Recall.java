package io.stocktrace.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A recall: the lot, why, every lot it made recalled (the lot and everything made from it), every customer who
 * received any of them with each shipment, and the recalled stock still in our locations; {@code counts} says how
 * many of each there are. {@code whole} is false for a recall of more lots than the API answers whole
 * ({@code stocktrace.recall.max-answered-lots}): its three lists are then empty and are read by page.
 */
public record Recall(long id, String reference, long lotId, String reason, String createdBy, Instant createdAt,
                     List<AffectedLot> affectedLots, List<Customer> customers, List<BlockedStock> blockedStock,
                     Counts counts, boolean whole) {

    /** A whole recall, its counts those of its lists. */
    public Recall(long id, String reference, long lotId, String reason, String createdBy, Instant createdAt,
                  List<AffectedLot> affectedLots, List<Customer> customers, List<BlockedStock> blockedStock) {
        this(id, reference, lotId, reason, createdBy, createdAt, affectedLots, customers, blockedStock,
                new Counts(affectedLots.size(), customers.size(),
                        customers.stream().mapToLong(c -> c.shipments().size()).sum(), blockedStock.size()),
                true);
    }

    /** How many lots it recalled, customers received any of them (in how many shipments), stock rows it blocked. */
    public record Counts(long affectedLots, long customers, long shipments, long blockedStock) {
    }

    public record AffectedLot(long lotId, String lotName, String productName) {
    }

    /** {@code packages}: the names (SSCCs) of the packages shipped to the customer with any affected lot. */
    public record Customer(Long partnerId, String name, String email, List<Shipment> shipments, List<String> packages) {
        public Customer(Long partnerId, String name, String email, List<Shipment> shipments) {
            this(partnerId, name, email, shipments, List.of());
        }
    }

    /** {@code packages}: the names (SSCCs) of the packages the shipment left in, innermost first (case, pallet). */
    public record Shipment(String reference, Instant date, String productName, String lotName, BigDecimal quantity,
                           List<String> packages) {
        public Shipment(String reference, Instant date, String productName, String lotName, BigDecimal quantity) {
            this(reference, date, productName, lotName, quantity, List.of());
        }

        Shipment withPackages(List<String> names) {
            return new Shipment(reference, date, productName, lotName, quantity, List.copyOf(names));
        }
    }

    public record BlockedStock(long lotId, String lotName, String location, BigDecimal quantity) {
    }
}
