package io.stocktrace.pack;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.stock.Move;
import io.stocktrace.stock.Operation;
import io.stocktrace.stock.StockRepack;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The writes of Put in Pack and Unpack, once the lines are read: the packages locked in id order, every rule checked,
 * then one ledger operation (a line per lot from the place to the same place, into or out of the package) and the
 * packages' new parents. A pack or unpack changes no quantity anywhere.
 */
@Component
class PackWork {
    private final PackageRepository packages;
    private final PackageNames names;
    private final StockRepack ledger;
    private final Clock clock;
    private final PackedStock stock;

    PackWork(PackageRepository packages, PackageNames names, StockRepack ledger, Clock clock, PackedStock stock) {
        this.packages = packages;
        this.names = names;
        this.ledger = ledger;
        this.clock = clock;
        this.stock = stock;
    }

    /** Posts what the batch holds (the Put in Packs of a request). */
    void flush(StockRepack.Batch batch) {
        ledger.flush(batch);
    }

    /**
     * Put in Pack with its ledger moves gathered in the batch (flushed by the caller, before the transaction ends);
     * {@code at} names the item in problems found as the batch is flushed.
     */
    PackOperation pack(long id, List<PackLines.Resolved> lines, List<String> childNames, String actor,
                       StockRepack.Batch batch, String at) {
        List<StockPackage> children = named(childNames);
        List<Long> ids = new ArrayList<>(children.stream().map(StockPackage::id).toList());
        ids.add(id);
        Map<Long, StockPackage> locked = new HashMap<>();
        packages.lock(new TreeSet<>(ids)).forEach(p -> locked.put(p.id(), p));
        StockPackage target = locked.get(id);
        if (target == null) {
            throw StocktraceException.notFound("Package", id);
        }
        checkChildren(target, children.stream().map(c -> locked.get(c.id())).toList());
        // a package reserved by a ready transfer, what is around it and what is inside it stay as they are
        stock.refuseReserved(children.isEmpty() ? List.of() : packages.trees(children.stream().map(StockPackage::id)
                .toList()).stream().map(PackageRepository.Node::id).toList(), ids, null);
        if (batch.holdsAny(lines.stream().map(PackLines.Resolved::lotId).toList())) {
            ledger.flush(batch); // a serial packed earlier in this request: read its quant as it is now
        }
        Map<String, Instant> inDates = checkStock(target, lines);
        Instant now = clock.instant();
        String reference = names.reference("pack");
        List<Move> moves = lines.stream().map(l -> new Move(l.product().id(), l.serial(), l.lotId(), l.quantity(),
                target.locationId(), target.locationId(), BigDecimal.ZERO, inDates.get(key(l.product().id(), l.lotId())),
                false, l.label(), null, target.id())).toList();
        ledger.post(batch, new Operation(reference, "pack", null, null, null, now, actor), moves, at);
        List<StockPackage> moved = children.stream().map(c -> locked.get(c.id())).toList();
        packages.setParent(moved.stream().map(StockPackage::id).toList(), target.id());
        packages.record(moved.stream().map(c -> new PackageEvent(c.id(), reference, "pack", c.parentId(), target.id(),
                c.locationId(), c.locationId(), null, now, actor)).toList(), now);
        return new PackOperation(reference, "pack", packages.find(id).orElseThrow(),
                lines.stream().map(l -> new PackageContent.Item(l.product().id(), l.product().sku(), l.product().name(),
                        l.lotId(), l.lotName(), l.quantity())).toList(),
                moved.stream().map(StockPackage::name).toList(), total(moves), now, actor);
    }

    /** Unpacks the lines and children given, or (both null) everything the package holds. */
    PackOperation unpack(long id, List<PackLines.Resolved> lines, List<String> childNames, String actor) {
        StockPackage target = packages.lock(List.of(id)).stream().findFirst()
                .orElseThrow(() -> StocktraceException.notFound("Package", id));
        stock.refuseReserved(List.of(), List.of(id), null);
        List<PackageRepository.Held> held = packages.held(List.of(id)).getOrDefault(id, List.of());
        List<StockPackage> children = childNames == null
                ? packages.children(List.of(id)).getOrDefault(id, List.of()) : named(childNames);
        for (int i = 0; i < children.size(); i++) {
            if (!Objects.equals(children.get(i).parentId(), id)) {
                throw StocktraceException.invalid("packages[" + i + "]", "package " + children.get(i).name()
                        + " is not in package " + target.name());
            }
        }
        List<PackageRepository.Held> out = lines == null ? held : taken(target, held, lines);
        Instant now = clock.instant();
        String reference = names.reference("unpack");
        List<Move> moves = out.stream().map(h -> new Move(h.product().id(), h.product().isSerial(), h.lotId(),
                h.quantity(), target.locationId(), target.locationId(), BigDecimal.ZERO, h.inDate(), false,
                label(h), target.id(), null)).toList();
        ledger.post(new Operation(reference, "unpack", null, null, null, now, actor), moves);
        packages.setParent(children.stream().map(StockPackage::id).toList(), null);
        packages.record(children.stream().map(c -> new PackageEvent(c.id(), reference, "unpack", id, null,
                c.locationId(), c.locationId(), null, now, actor)).toList(), now);
        return new PackOperation(reference, "unpack", packages.find(id).orElseThrow(),
                out.stream().map(PackageRepository.Held::item).toList(),
                children.stream().map(StockPackage::name).toList(), total(moves), now, actor);
    }

    private List<StockPackage> named(List<String> childNames) {
        if (childNames == null || childNames.isEmpty()) {
            return List.of();
        }
        Validation v = new Validation();
        List<String> trimmed = childNames.stream().map(n -> n == null ? "" : n.strip()).toList();
        Map<String, StockPackage> found = packages.byNames(trimmed);
        List<StockPackage> children = new ArrayList<>();
        for (int i = 0; i < trimmed.size(); i++) {
            StockPackage p = found.get(trimmed.get(i));
            v.require(p != null, "packages[" + i + "]", "no package named '" + trimmed.get(i) + "'");
            v.require(trimmed.indexOf(trimmed.get(i)) == i, "packages[" + i + "]", "named twice");
            children.add(p);
        }
        v.throwIfAny();
        return children;
    }

    /** Each child is where the target is, is not the target, and does not hold the target, however deep. */
    private void checkChildren(StockPackage target, List<StockPackage> children) {
        List<Long> above = packages.ancestors(target.id());
        for (int i = 0; i < children.size(); i++) {
            StockPackage child = children.get(i);
            if (above.contains(child.id())) {
                throw new StocktraceException(ProblemType.PACKAGE_CYCLE, "Package " + child.name() + " cannot go into "
                        + target.name() + ": " + (child.id() == target.id() ? "that is itself."
                        : target.name() + " is inside it."), List.of(new FieldProblem("packages[" + i + "]",
                        "holds " + target.name())), Map.of());
            }
            if (child.locationId() != target.locationId()) {
                throw StocktraceException.invalid("packages[" + i + "]", "package " + child.name() + " is in "
                        + child.location() + ", not in " + target.location() + " where " + target.name() + " is");
            }
        }
    }

    /**
     * Refuses a serial already in a package, and answers the incoming date of each line's loose stock, which the
     * packed stock keeps. What is not there at all the ledger refuses as it takes it.
     */
    private Map<String, Instant> checkStock(StockPackage target, List<PackLines.Resolved> lines) {
        List<Long> lotIds = lines.stream().map(PackLines.Resolved::lotId).filter(Objects::nonNull).distinct().toList();
        Map<String, Instant> inDates = new HashMap<>();
        Map<Long, PackageRepository.Held> packedSerials = new HashMap<>();
        for (PackageRepository.Held h : packages.quantsOfLots(lotIds)) {
            if (h.locationId() != target.locationId()) {
                continue;
            }
            if (h.packageId() == null) {
                inDates.put(key(h.product().id(), h.lotId()), h.inDate());
            } else if (h.product().isSerial()) {
                packedSerials.put(h.lotId(), h);
            }
        }
        for (PackLines.Resolved l : lines) {
            PackageRepository.Held packed = l.serial() ? packedSerials.get(l.lotId()) : null;
            if (packed != null) {
                String where = packed.packageId() == target.id() ? "already in package " + target.name()
                        : "in another package: unpack it first";
                throw StocktraceException.atField(ProblemType.ALREADY_PACKED, l.field(), l.label() + " is " + where
                        + "; a serial is in one package at most.").with("packageId", packed.packageId());
            }
            if (l.lotId() == null) {
                packages.looseUntracked(l.product().id(), target.locationId())
                        .ifPresent(h -> inDates.put(key(h.product().id(), null), h.inDate()));
            }
        }
        return inDates;
    }

    /** The quants the lines take out of the package, refused past what the package holds. */
    private static List<PackageRepository.Held> taken(StockPackage target, List<PackageRepository.Held> held,
                                                      List<PackLines.Resolved> lines) {
        Map<String, PackageRepository.Held> byKey = new HashMap<>();
        held.forEach(h -> byKey.put(key(h.product().id(), h.lotId()), h));
        Map<String, BigDecimal> asked = new HashMap<>();
        List<PackageRepository.Held> out = new ArrayList<>();
        for (PackLines.Resolved l : lines) {
            String k = key(l.product().id(), l.lotId());
            PackageRepository.Held h = byKey.get(k);
            BigDecimal total = asked.merge(k, l.quantity(), BigDecimal::add);
            if (h == null || total.compareTo(h.quantity()) > 0) {
                throw StocktraceException.atField(ProblemType.INSUFFICIENT_STOCK, l.field(), "Package " + target.name()
                        + " holds " + (h == null ? "no " + l.label() : "only " + Quantities.plain(h.quantity()) + " of "
                        + l.label()) + ".");
            }
            out.add(new PackageRepository.Held(h.packageId(), h.product(), h.lotId(), h.lot(), l.quantity(),
                    BigDecimal.ZERO, h.inDate(), h.locationId()));
        }
        return out;
    }

    static String label(PackageRepository.Held h) {
        return h.lot() == null ? h.product().sku()
                : h.product().sku() + " " + (h.product().isSerial() ? "serial" : "lot") + " '" + h.lot() + "'";
    }

    private static String key(long productId, Long lotId) {
        return productId + ":" + (lotId == null ? 0 : lotId);
    }

    private static BigDecimal total(List<Move> moves) {
        return moves.stream().map(Move::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
