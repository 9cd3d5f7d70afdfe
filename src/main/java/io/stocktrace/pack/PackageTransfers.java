package io.stocktrace.pack;

import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.Operation;
import io.stocktrace.stock.ReturnRequest;
import io.stocktrace.stock.Transfer;
import io.stocktrace.stock.TransferRequest;
import io.stocktrace.stock.TransferState;
import io.stocktrace.stock.TransferType;
import io.stocktrace.stock.WholePackages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Packages in transfers: a delivery or internal transfer moves packages whole, with what they hold and the packages
 * inside them; a receipt brings new packages (created when it is validated, at its destination) and its lines go
 * into them, and leave any other open receipt that expected them. Checked when the draft is saved and again, against
 * the packages as they are, when it is validated.
 */
@Component
class PackageTransfers implements WholePackages {
    private final PackageRepository packages;
    private final TransferPackageRepository rows;
    private final LocationService locations;
    private final PackageNames names;
    private final Clock clock;
    private final PackedStock stock;
    private final ReceivedElsewhere elsewhere;

    PackageTransfers(PackageRepository packages, TransferPackageRepository rows, LocationService locations,
                     PackageNames names, Clock clock, PackedStock stock, ReceivedElsewhere elsewhere) {
        this.elsewhere = elsewhere;
        this.packages = packages;
        this.rows = rows;
        this.locations = locations;
        this.names = names;
        this.clock = clock;
        this.stock = stock;
    }

    @Override
    public void attach(long transferId, TransferType type, List<TransferRequest.PackageEntry> entries,
                       List<String> packageOfLine, long sourceLocationId, long destinationLocationId) {
        if (!entries.isEmpty()) {
            names.requireEnabled("A transfer of packages");
        }
        List<TransferPackageRepository.Row> kept = type.createsLots() ? IncomingPackages.check(entries, packages)
                : existing(entries, locations.get(sourceLocationId));
        rows.replace(transferId, kept, packageOfLine);
    }

    /** Packages that exist, each under the source location and not inside another one the transfer names. */
    private List<TransferPackageRepository.Row> existing(List<TransferRequest.PackageEntry> entries, Location source) {
        Validation v = new Validation();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TransferRequest.PackageEntry e = entries.get(i);
            String name = e == null || e.name() == null ? "" : e.name().strip();
            v.require(!name.isEmpty(), "packages[" + i + "].name", "is required: the package's name or SSCC");
            v.require(e == null || e.lines() == null || e.lines().isEmpty(), "packages[" + i + "].lines",
                    "only a receipt brings lines in packages: a package that exists moves with what it holds");
            v.require(!wanted.contains(name), "packages[" + i + "].name", "named twice");
            wanted.add(name);
        }
        v.throwIfAny();
        Map<String, StockPackage> found = packages.byNames(wanted);
        Map<Long, Location> at = locations.byIds(found.values().stream().map(StockPackage::locationId).toList());
        Set<Long> ids = new HashSet<>(found.values().stream().map(StockPackage::id).toList());
        List<TransferPackageRepository.Row> kept = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            StockPackage p = found.get(wanted.get(i));
            String field = "packages[" + i + "].name";
            if (p == null) {
                v.add(field, "no package named '" + wanted.get(i) + "'");
                continue;
            }
            v.require(at.get(p.locationId()).parentPath().startsWith(source.parentPath()), field, "package "
                    + p.name() + " is in " + p.location() + ", not in " + source.fullName());
            v.require(p.parentId() == null || !ids.contains(p.parentId()), field, "package " + p.name()
                    + " is inside " + p.parentName() + ", which this transfer moves too");
            kept.add(new TransferPackageRepository.Row(i, p.id(), null, null, null));
        }
        v.throwIfAny();
        return kept;
    }

    @Override
    public Plan plan(Transfer transfer, Operation operation) {
        List<TransferPackageRepository.Row> kept = rows.rows(transfer.id());
        if (kept.isEmpty()) {
            return Plan.NONE;
        }
        names.requireEnabled("A transfer of packages");
        return transfer.type().createsLots() ? receive(transfer, kept, operation) : ship(transfer, kept, operation);
    }

    /** Creates the packages a receipt brings, parents first, where it arrives; its lines then go into them. */
    private Plan receive(Transfer transfer, List<TransferPackageRepository.Row> kept, Operation op) {
        List<String> incoming = kept.stream().map(TransferPackageRepository.Row::name).toList();
        elsewhere.settle(transfer, incoming, op.actor());
        elsewhere.refuseTaken(transfer, incoming);
        Instant now = clock.instant();
        Map<String, Long> created = new HashMap<>();
        List<PackageEvent> events = new ArrayList<>();
        for (TransferPackageRepository.Row r : IncomingPackages.parentsFirst(kept)) {
            Long parent = r.parent() == null ? null : created.get(r.parent());
            long id = packages.insert(r.name(), r.type(), parent, transfer.destinationLocationId(), op.actor(), now);
            created.put(r.name(), id);
            events.add(new PackageEvent(id, op.reference(), op.type(), null, parent, transfer.sourceLocationId(),
                    transfer.destinationLocationId(), transfer.id(), now, op.actor()));
        }
        packages.record(events, now);
        Map<Integer, Long> packageOfLine = new HashMap<>();
        rows.packageOfLines(transfer.id()).forEach((line, name) -> packageOfLine.put(line, created.get(name)));
        return new Plan(packageOfLine, List.of(), () -> { });
    }

    /** The content of the packages and of every package inside them, to where the transfer goes. */
    private Plan ship(Transfer transfer, List<TransferPackageRepository.Row> kept, Operation op) {
        List<Long> roots = kept.stream().map(TransferPackageRepository.Row::packageId).toList();
        List<PackageRepository.Node> nodes = packages.trees(roots);
        Map<Long, StockPackage> locked = lockedAtSource(transfer, roots, nodes);
        List<PackageRepository.Held> held = packages.held(locked.keySet()).values().stream().flatMap(List::stream)
                .toList();
        stock.refuseReserved(locked.keySet(), roots, transfer.id());
        stock.checkLots(transfer, locked, held);
        // a ready transfer reserved its packages' content: it takes that reservation with the stock
        boolean ready = transfer.state() == TransferState.READY;
        long destination = transfer.destinationLocationId();
        List<Move> moves = held.stream().map(h -> new Move(h.product().id(), h.product().isSerial(), h.lotId(),
                h.quantity(), h.locationId(), destination, ready ? h.reserved() : BigDecimal.ZERO, h.inDate(), false,
                PackWork.label(h), h.packageId(), h.packageId())).toList();
        Instant now = op.occurredAt();
        Set<Long> rootSet = new HashSet<>(roots);
        packages.record(nodes.stream().map(n -> new PackageEvent(n.id(), op.reference(), op.type(), n.parentId(),
                rootSet.contains(n.id()) ? null : n.parentId(), n.locationId(), destination, transfer.id(), now,
                op.actor())).toList(), clock.instant());
        // a return's lines go back into the packages they were delivered in
        Map<Integer, Long> packageOfLine = new HashMap<>();
        rows.packageOfLines(transfer.id()).forEach((line, name) -> locked.values().stream()
                .filter(p -> p.name().equals(name)).findFirst().ifPresent(p -> packageOfLine.put(line, p.id())));
        return new Plan(packageOfLine, moves, () -> roots.forEach(r -> packages.relocate(r,
                packages.trees(List.of(r)).stream().map(PackageRepository.Node::id).toList(), destination)));
    }

    /** Locks the packages of the trees, in id order, and refuses a root no longer under the transfer's source. */
    private Map<Long, StockPackage> lockedAtSource(Transfer transfer, List<Long> roots,
                                                   List<PackageRepository.Node> nodes) {
        Map<Long, StockPackage> locked = PackedStock.byId(packages.lock(new TreeSet<>(nodes.stream()
                .map(PackageRepository.Node::id).toList())));
        Location source = locations.get(transfer.sourceLocationId());
        Map<Long, Location> at = locations.byIds(roots.stream().map(r -> locked.get(r).locationId()).toList());
        for (Long root : roots) {
            StockPackage p = locked.get(root);
            if (!at.get(p.locationId()).parentPath().startsWith(source.parentPath())) {
                throw new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Package " + p.name() + " is in "
                        + p.location() + ", no longer in " + source.fullName() + ": " + transfer.reference()
                        + " cannot move it.").with("packageId", p.id());
            }
        }
        return locked;
    }

    /**
     * Check Availability of a transfer that takes our stock: its packages are where it takes them from, hold nothing
     * loose stock would refuse, are reserved by no other transfer, and their whole content is reserved for it.
     */
    @Override
    public void reserve(Transfer transfer) {
        List<Long> roots = rows.rows(transfer.id()).stream().map(TransferPackageRepository.Row::packageId)
                .filter(Objects::nonNull).toList();
        if (roots.isEmpty()) {
            return;
        }
        List<PackageRepository.Node> nodes = packages.trees(roots);
        Map<Long, StockPackage> locked = lockedAtSource(transfer, roots, nodes);
        List<PackageRepository.Held> held = packages.held(locked.keySet()).values().stream().flatMap(List::stream)
                .toList();
        stock.refuseReserved(locked.keySet(), roots, transfer.id());
        stock.checkLots(transfer, locked, held);
        stock.reserve(locked.keySet(), held);
    }

    @Override
    public void release(Transfer transfer) {
        stock.release(transfer.id());
    }

    @Override
    public List<Delivered> delivered(Transfer transfer, List<String> wanted) {
        names.requireEnabled("A return of packages");
        Validation v = new Validation();
        List<String> trimmed = wanted.stream().map(n -> n == null ? "" : n.strip()).toList();
        Map<String, StockPackage> found = packages.byNames(trimmed);
        List<Long> roots = new ArrayList<>();
        for (int i = 0; i < trimmed.size(); i++) {
            StockPackage p = found.get(trimmed.get(i));
            String field = "packages[" + i + "]";
            if (p == null) {
                v.add(field, "no package named '" + trimmed.get(i) + "'");
            } else if (p.locationId() != transfer.destinationLocationId()) {
                v.add(field, "package " + p.name() + " is in " + p.location() + ", not where "
                        + transfer.reference() + " took it");
            } else {
                roots.add(p.id());
            }
        }
        v.throwIfAny();
        Map<Long, String> nameOf = new HashMap<>();
        List<Long> tree = packages.trees(roots).stream().map(PackageRepository.Node::id).toList();
        packages.lock(tree).forEach(p -> nameOf.put(p.id(), p.name()));
        List<Delivered> lines = new ArrayList<>();
        for (TransferPackageRepository.Moved m : rows.movedInto(transfer.id(), tree)) {
            ReturnRequest.Line line = m.lot() == null ? new ReturnRequest.Line(m.productId(), m.quantity(), null, null)
                    : "serial".equals(m.tracking()) ? new ReturnRequest.Line(m.productId(), null, null, List.of(m.lot()))
                    : new ReturnRequest.Line(m.productId(), m.quantity(), m.lot(), null);
            lines.add(new Delivered(nameOf.get(m.packageId()), line));
        }
        return lines;
    }

    @Override
    public List<String> names(long transferId) {
        return rows.rows(transferId).stream().map(TransferPackageRepository.Row::name).toList();
    }

    @Override
    public List<TransferRequest.PackageEntry> entries(long transferId) {
        return rows.rows(transferId).stream()
                .map(r -> new TransferRequest.PackageEntry(r.name(), r.type(), r.parent(), null)).toList();
    }

    @Override
    public Map<Integer, String> packageOfLines(long transferId) {
        return rows.packageOfLines(transferId);
    }
}
