package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.LocationUsage;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What validating a transfer does: re-checks every line against the stock as it is now, creates the lots a receipt
 * brings, and posts the moves to the ledger, all in the caller's transaction.
 */
@Component
class TransferExecution {
    private final ProductService products;
    private final LotService lots;
    private final LocationService locations;
    private final StockReservation reservation;
    private final StockLedger ledger;
    private final TransferRepository transfers;
    private final TransferDrafts drafts;
    private final TransferReturns returns;
    private final Clock clock;
    private final WholePackages packages;

    TransferExecution(ProductService products, LotService lots, LocationService locations,
                      StockReservation reservation, StockLedger ledger, TransferRepository transfers,
                      TransferDrafts drafts, TransferReturns returns, Clock clock, WholePackages packages) {
        this.packages = packages;
        this.products = products;
        this.lots = lots;
        this.locations = locations;
        this.reservation = reservation;
        this.ledger = ledger;
        this.transfers = transfers;
        this.drafts = drafts;
        this.returns = returns;
        this.clock = clock;
    }

    List<TransferLine> allocate(Transfer transfer) {
        Map<Long, Product> byId = productsOf(transfer);
        return reservation.allocate(transfer, locations.get(transfer.sourceLocationId()), byId, namedLots(transfer));
    }

    /** Per request line, what it asks and what the stock could cover now; nothing is written. */
    List<LineAvailability> coverage(Transfer transfer) {
        Map<Integer, BigDecimal> covered = reservation.coverage(transfer, locations.get(transfer.sourceLocationId()),
                productsOf(transfer));
        Map<Integer, BigDecimal> asked = new TreeMap<>();
        transfer.lines().forEach(l -> asked.merge(l.lineNo(), l.quantity(), BigDecimal::add));
        return asked.entrySet().stream().map(e -> new LineAvailability(e.getKey(), e.getValue(),
                covered.getOrDefault(e.getKey(), BigDecimal.ZERO))).toList();
    }

    /**
     * Allocates as {@link #allocate} does, then locks every lot taken, all in one statement in id order (so that two
     * deliveries never lock two lots in opposite orders), and checks them again as they are now: a recall committed
     * after the stock was read is seen here, and one that comes later waits for this transfer (see
     * {@link LotService#lockForShipping}).
     */
    private List<TransferLine> allocateForShipping(Transfer transfer, Map<Long, Product> byId) {
        List<TransferLine> allocated = allocate(transfer);
        StockReservation.checkNamedLots(transfer.withLines(allocated), byId, lots.lockForShipping(lotIds(allocated)),
                scheduledDay(transfer));
        return allocated;
    }

    private static Set<Long> lotIds(List<TransferLine> lines) {
        return lines.stream().map(TransferLine::lotId).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }

    private Map<Long, Lot> namedLots(Transfer transfer) {
        return lots.byIds(transfer.lines().stream().filter(l -> l.lotId() != null)
                .map(TransferLine::lotId).collect(Collectors.toSet()));
    }

    private LocalDate scheduledDay(Transfer transfer) {
        return lots.dayOf(transfer.scheduledDate());
    }

    /** Whether the transfer takes stock of ours (to reserve), rather than bringing it in from outside. */
    boolean takesStock(Transfer transfer) {
        var usage = locations.get(transfer.sourceLocationId()).usage();
        return !transfer.type().createsLots() && (usage.countsAsStock() || usage == LocationUsage.VIEW);
    }

    void execute(Transfer transfer, String actor) {
        Instant now = clock.instant();
        Map<Long, Product> byId = productsOf(transfer);
        if (transfer.type() == TransferType.RETURN) {
            returns.recheck(transfer, byId);
        }
        Operation operation = new Operation(transfer.reference(), transfer.type().wire(), transfer.id(), null,
                transfer.partnerId(), now, actor);
        // a receipt's packages before its lines: one that came in meanwhile is named, rather than a serial inside it
        WholePackages.Plan received = transfer.type().createsLots() ? packages.plan(transfer, operation) : null;
        List<Move> moves;
        if (transfer.type().createsLots()) {
            moves = receive(transfer, byId, now);
        } else if (!takesStock(transfer)) {
            // a return from a customer: its lots exist, its serials must not be on hand anywhere
            drafts.checkIncomingSerials(transfer.lines(), byId, locations.get(transfer.sourceLocationId()));
            moves = moves(transfer.lines(), byId, false);
        } else if (transfer.state() == TransferState.READY) {
            StockReservation.checkNamedLots(transfer, byId, lots.lockForShipping(lotIds(transfer.lines())),
                    scheduledDay(transfer));
            moves = moves(transfer.lines(), byId, true);
        } else {
            moves = moves(allocateForShipping(transfer, byId), byId, false);
        }
        WholePackages.Plan plan = received != null ? received : packages.plan(transfer, operation);
        ledger.post(operation, withPackages(transfer, moves, plan), plan.relocate());
        transfers.setState(transfer.id(), TransferState.DONE, now);
    }

    /**
     * The moves with the packages of the plan: a receipt's or a return's lines (one move each, in the lines' order)
     * go into the package of their line; the content of packages moved whole comes after.
     */
    private static List<Move> withPackages(Transfer transfer, List<Move> moves, WholePackages.Plan plan) {
        if (plan.packageOfLine().isEmpty() && plan.moves().isEmpty()) {
            return moves;
        }
        List<Move> all = new ArrayList<>(moves.size() + plan.moves().size());
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            Long into = plan.packageOfLine().get(transfer.lines().get(i).lineNo());
            all.add(into == null ? m : new Move(m.productId(), m.serial(), m.lotId(), m.quantity(), m.sourceLocationId(),
                    m.destinationLocationId(), m.reserved(), m.inDate(), m.freshLot(), m.label(), null, into));
        }
        all.addAll(plan.moves());
        return all;
    }

    private List<Move> receive(Transfer transfer, Map<Long, Product> byId, Instant now) {
        Map<Long, Set<String>> namesByProduct = new LinkedHashMap<>();
        transfer.lines().stream().filter(l -> l.lotName() != null)
                .forEach(l -> namesByProduct.computeIfAbsent(l.productId(), p -> new HashSet<>()).add(l.lotName()));
        products.lockForLotCreation(new TreeSet<>(namesByProduct.keySet()));
        Map<Long, Map<String, Lot>> existing = new HashMap<>();
        namesByProduct.forEach((p, names) -> existing.put(p, lots.findByNames(p, names)));
        List<TransferLine> known = transfer.lines().stream()
                .map(l -> l.lotName() == null ? l : withLot(l, existing.get(l.productId()).get(l.lotName())))
                .toList();
        drafts.checkIncomingSerials(known, byId, locations.get(transfer.sourceLocationId()));
        Map<Long, Map<String, Lot>> created = createMissingLots(known, byId, now);
        Set<Long> fresh = new HashSet<>();
        created.values().forEach(m -> m.values().forEach(l -> fresh.add(l.id())));
        List<TransferLine> lines = known.stream()
                .map(l -> l.lotName() == null || l.lotId() != null ? l : withLot(l, created.get(l.productId()).get(l.lotName())))
                .toList();
        List<Move> moves = moves(lines, byId, false);
        return moves.stream().map(m -> fresh.contains(m.lotId()) ? fresh(m) : m).toList();
    }

    private Map<Long, Map<String, Lot>> createMissingLots(List<TransferLine> lines, Map<Long, Product> byId, Instant now) {
        LocalDate today = lots.dayOf(now);
        Map<Long, Map<String, Lot>> newLots = new LinkedHashMap<>();
        for (TransferLine l : lines) {
            if (l.lotName() != null && l.lotId() == null) {
                Product p = byId.get(l.productId());
                LotDates dates = (l.dates() == null ? LotDates.NONE : l.dates()).completedFrom(p.expiry(), today);
                newLots.computeIfAbsent(p.id(), x -> new LinkedHashMap<>())
                        .putIfAbsent(l.lotName(), new Lot(0, p.id(), l.lotName(), null, null, LotStatus.AVAILABLE, dates, now));
            }
        }
        Map<Long, Map<String, Lot>> created = new HashMap<>();
        newLots.forEach((product, byName) -> created.put(product, lots.createAll(product, new ArrayList<>(byName.values()))));
        return created;
    }

    private static TransferLine withLot(TransferLine l, Lot lot) {
        return lot == null ? l : l.withLot(lot.id());
    }

    private static Move fresh(Move m) {
        return new Move(m.productId(), m.serial(), m.lotId(), m.quantity(), m.sourceLocationId(),
                m.destinationLocationId(), m.reserved(), m.inDate(), true, m.label());
    }

    private static List<Move> moves(List<TransferLine> lines, Map<Long, Product> byId, boolean reserved) {
        List<Move> moves = new ArrayList<>(lines.size());
        for (TransferLine l : lines) {
            Product p = byId.get(l.productId());
            String label = Move.label(p, l.lotName());
            moves.add(new Move(p.id(), p.tracking() == Tracking.SERIAL, l.lotId(), l.quantity(), l.sourceLocationId(),
                    l.destinationLocationId(), reserved ? l.quantity() : BigDecimal.ZERO, l.inDate(), false, label));
        }
        return moves;
    }

    private Map<Long, Product> productsOf(Transfer transfer) {
        return products.byIds(transfer.lines().stream().map(TransferLine::productId).collect(Collectors.toSet()));
    }
}
