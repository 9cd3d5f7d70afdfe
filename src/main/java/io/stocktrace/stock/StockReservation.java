package io.stocktrace.stock;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.location.Location;
import io.stocktrace.lot.Lot;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Chooses the stock that the lines of an outgoing or internal transfer take: the named lot wherever it is under
 * the source location, or, for lines without a lot, lots by the product's removal strategy. Blocked lots are never
 * taken; expired ones only when the transfer allows it.
 */
@Component
class StockReservation {
    private final QuantRepository quants;
    private final SiteCalendar calendar;

    StockReservation(QuantRepository quants, SiteCalendar calendar) {
        this.quants = quants;
        this.calendar = calendar;
    }

    /** Lines with their lot and exact source location; nothing is written. */
    List<TransferLine> allocate(Transfer transfer, Location source, Map<Long, Product> products, Map<Long, Lot> lots) {
        checkNamedLots(transfer, products, lots, calendar.dayOf(transfer.scheduledDate()));
        return take(transfer, source, products, (line, product, left) -> {
            throw insufficient(line, product, source, left);
        });
    }

    /**
     * How much of each line (by its request line number) the stock could cover now, a short line taking what is
     * left for it, as Odoo's Check Availability shows it; nothing is written.
     */
    Map<Integer, BigDecimal> coverage(Transfer transfer, Location source, Map<Long, Product> products) {
        Map<Integer, BigDecimal> covered = new HashMap<>();
        take(transfer, source, products, (line, product, left) -> RemovalStrategy.FIFO.allocate(left.stream()
                .map(StockCandidate::available).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add),
                left).orElseThrow())
                .forEach(l -> covered.merge(l.lineNo(), l.quantity(), BigDecimal::add));
        return covered;
    }

    /** What a line short of stock takes instead: nothing (a refusal) or what is left. */
    private interface Shortage {
        List<Allocation> of(TransferLine line, Product product, List<StockCandidate> left);
    }

    private List<TransferLine> take(Transfer transfer, Location source, Map<Long, Product> products, Shortage shortage) {
        LocalDate day = calendar.dayOf(transfer.scheduledDate());
        Set<Long> named = transfer.lines().stream().filter(l -> l.lotId() != null).map(TransferLine::lotId)
                .collect(Collectors.toSet());
        Map<Long, List<StockCandidate>> byLot = quants.ofLots(named, source.parentPath());
        Map<Long, BigDecimal> taken = new HashMap<>();
        List<TransferLine> allocated = new ArrayList<>(transfer.lines().size());
        Map<Long, List<StockCandidate>> byProduct = new HashMap<>();
        // lines that name their lot first, so that a line left to the strategy never takes the lot another line names
        List<TransferLine> namedFirst = new ArrayList<>(transfer.lines());
        namedFirst.sort(Comparator.comparing(l -> l.lotId() == null));
        for (TransferLine line : namedFirst) {
            Product product = products.get(line.productId());
            RemovalStrategy strategy = product.hasExpiry() ? RemovalStrategy.FEFO : RemovalStrategy.FIFO;
            List<StockCandidate> candidates = line.lotId() != null
                    ? byLot.getOrDefault(line.lotId(), List.of())
                    : byProduct.computeIfAbsent(product.id(), p -> quants.choosable(p, source.parentPath(), day,
                    strategy, demandOf(transfer, p, product)));
            List<StockCandidate> left = candidates.stream()
                    .map(c -> withTaken(c, taken.getOrDefault(c.quantId(), BigDecimal.ZERO)))
                    .toList();
            List<Allocation> allocations = strategy.allocate(line.quantity(), left)
                    .orElseGet(() -> shortage.of(line, product, left));
            for (Allocation a : allocations) {
                taken.merge(a.from().quantId(), a.quantity(), BigDecimal::add);
                allocated.add(line.reservedAt(a.from(), a.quantity()));
            }
        }
        allocated.sort(Comparator.comparingInt(TransferLine::lineNo));
        return allocated;
    }

    static void checkNamedLots(Transfer transfer, Map<Long, Product> products, Map<Long, Lot> lots,
                                       LocalDate day) {
        for (TransferLine line : transfer.lines()) {
            if (line.lotId() == null) {
                continue;
            }
            Lot lot = lots.get(line.lotId());
            String sku = products.get(line.productId()).sku();
            // a return gives blocked stock back to where it came from, which is what a recall asks for
            if (lot.status().isBlocked() && transfer.type() != TransferType.RETURN) {
                throw StocktraceException.atField(ProblemType.LOT_BLOCKED, "lines[" + line.lineNo() + "].lot",
                        "Lot '" + lot.name() + "' of product " + sku + " is " + lot.status().adjective()
                                + " and cannot be reserved or shipped.").with("lotId", lot.id());
            }
            if (!transfer.allowExpired() && transfer.type() == TransferType.DELIVERY && lot.dates().isExpiredOn(day)) {
                throw StocktraceException.atField(ProblemType.LOT_EXPIRED, "lines[" + line.lineNo() + "].lot",
                        "Lot '" + lot.name() + "' of product " + sku + " expired on " + lot.dates().expirationDate()
                                + "; send allowExpired: true to ship it anyway.").with("lotId", lot.id());
            }
        }
    }

    /** How many quants to read for a product's lines without a lot: a serial covers 1 each. */
    private static int demandOf(Transfer transfer, long productId, Product product) {
        if (product.tracking() != Tracking.SERIAL) {
            return 100_000;
        }
        // every unit of the product, named ones too: the quants named lines take are among those read
        BigDecimal units = transfer.lines().stream()
                .filter(l -> l.productId() == productId)
                .map(TransferLine::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // capped: beyond an int, intValue() wraps to a negative LIMIT
        return units.min(BigDecimal.valueOf(Integer.MAX_VALUE - 1)).intValue() + 1;
    }

    private static StockCandidate withTaken(StockCandidate c, BigDecimal taken) {
        return taken.signum() == 0 ? c : new StockCandidate(c.productId(), c.locationId(), c.lotKey(), c.lotName(),
                c.available().subtract(taken), c.inDate(), c.removalDate(), c.quantId());
    }

    private static StocktraceException insufficient(TransferLine line, Product product, Location source,
                                                    List<StockCandidate> left) {
        BigDecimal available = left.stream().map(StockCandidate::available).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return StocktraceException.atField(ProblemType.INSUFFICIENT_STOCK, "lines[" + line.lineNo() + "].quantity",
                        "Not enough " + Move.label(product, line.lotName()) + " in " + source.fullName() + ": "
                                + Quantities.plain(line.quantity()) + " asked, " + Quantities.plain(available)
                                + " available to reserve.")
                .with("productId", product.id()).with("available", available);
    }
}
