package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.Locations;
import io.stocktrace.lot.Lot;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a manufacturing order asks of the stock: its components taken from WH/Stock (and its children) by the same
 * reservation rules as a transfer, and its produced serials checked like received ones. Lets the manufacturing
 * package reuse the ledger's rules without reaching into them.
 */
@Component
public class ProductionStock {
    /** A component to take: its index in the order (for problems), product, lot if named, quantity. */
    public record Demand(int index, long productId, Long lotId, String lotName, BigDecimal quantity) {
    }

    /** Stock chosen for a demand: which lot, from where, how much, and the incoming date it had. */
    public record Taken(int index, long productId, Long lotId, String lotName, long locationId, BigDecimal quantity,
                        Instant inDate) {
    }

    private final StockReservation reservation;
    private final SerialChecks serials;
    private final LocationService locations;

    ProductionStock(StockReservation reservation, SerialChecks serials, LocationService locations) {
        this.reservation = reservation;
        this.serials = serials;
        this.locations = locations;
    }

    /**
     * Chooses the stock for every demand: named lots wherever they are under WH/Stock, the others by the removal
     * strategy (blocked and expired lots never chosen). Named lots must have been checked for status and expiry.
     *
     * @throws StocktraceException insufficient-stock, pinned to {@code components[i].quantity}
     */
    public List<Taken> allocate(List<Demand> demands, Map<Long, Product> products, Map<Long, Lot> namedLots,
                                Instant when) {
        Location stock = locations.get(Locations.STOCK);
        List<TransferLine> lines = demands.stream()
                .map(d -> new TransferLine(0, d.index(), d.productId(), d.lotId(), d.lotName(), d.quantity(),
                        Locations.STOCK, Locations.PRODUCTION, false, null, null))
                .toList();
        Transfer asTransfer = new Transfer(0, null, TransferType.INTERNAL, TransferState.DRAFT, null, Locations.STOCK,
                Locations.PRODUCTION, when, null, false, null, when, null, lines);
        try {
            return reservation.allocate(asTransfer, stock, products, namedLots).stream()
                    .map(l -> new Taken(l.lineNo(), l.productId(), l.lotId(), l.lotName(), l.sourceLocationId(),
                            l.quantity(), l.inDate()))
                    .toList();
        } catch (StocktraceException e) {
            throw new StocktraceException(e.type(), e.getMessage(), e.errors().stream()
                    .map(f -> new FieldProblem(f.field().replaceFirst("^lines\\[", "components["), f.message()))
                    .toList(), e.properties());
        }
    }

    /**
     * Produced serials must not be on hand anywhere, nor at a customer.
     *
     * @param fields serial lot id → the field of the request that names it
     */
    public void requireSerialsNotOnHand(Map<Long, String> fields, Map<Long, String> names, String sku) {
        serials.requireNotOnHand(fields, names, sku, locations.get(Locations.PRODUCTION));
    }
}
