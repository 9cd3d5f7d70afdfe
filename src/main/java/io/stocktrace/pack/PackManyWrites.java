package io.stocktrace.pack;

import io.stocktrace.stock.Move;
import io.stocktrace.stock.Operation;
import io.stocktrace.stock.StockRepack;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The writes of a bulk Put in Pack once its plan is checked, one statement a kind of row for the whole request: the
 * references drawn at once, the new packages inserted, the packages' new parents and their package moves, the serials'
 * quants and move lines (a {@link StockRepack.Batch}); lots and untracked products through the ledger, item by item.
 */
@Component
class PackManyWrites {
    private final PackageRepository packages;
    private final PackBulkRepository bulk;
    private final PackageNames names;
    private final StockRepack ledger;
    private final Clock clock;

    PackManyWrites(PackageRepository packages, PackBulkRepository bulk, PackageNames names, StockRepack ledger,
                   Clock clock) {
        this.packages = packages;
        this.bulk = bulk;
        this.names = names;
        this.ledger = ledger;
        this.clock = clock;
    }

    List<PackOperation> write(PackPlan plan, String actor) {
        List<String> references = names.references("pack", plan.steps().size());
        Map<Long, Long> ids = new HashMap<>();
        if (!plan.made().isEmpty()) {
            bulk.insert(plan.made(), actor, clock.instant());
            Map<String, StockPackage> inserted = packages.byNames(plan.made().stream()
                    .map(PackPlan.NewPackage::name).toList());
            plan.made().forEach(p -> ids.put(p.key(), inserted.get(p.name()).id()));
        }
        StockRepack.Batch batch = new StockRepack.Batch();
        Map<Long, Long> parents = new LinkedHashMap<>();
        List<List<PackageEvent>> events = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PackPlan.Step s = plan.steps().get(i);
            long target = id(s.target(), ids);
            Instant now = clock.instant();
            times.add(now);
            ledger.post(batch, new Operation(references.get(i), "pack", null, null, null, now, actor),
                    moves(s, target), s.step().at());
            List<PackageEvent> moved = new ArrayList<>();
            for (PackPlan.Child c : s.children()) {
                parents.put(id(c.key(), ids), target);
                moved.add(new PackageEvent(id(c.key(), ids), references.get(i), "pack",
                        c.fromParent() == null ? null : id(c.fromParent(), ids), target, c.locationId(),
                        c.locationId(), null, now, actor));
            }
            events.add(moved);
        }
        ledger.flush(batch);
        bulk.setParents(parents);
        Instant recordedAt = clock.instant();
        events.stream().filter(e -> !e.isEmpty()).forEach(e -> packages.record(e, recordedAt)); // one a reference
        return done(plan, references, times, ids, actor);
    }

    private static List<Move> moves(PackPlan.Step s, long target) {
        return s.lines().stream().map(l -> new Move(l.product().id(), l.serial(), l.lotId(), l.quantity(),
                s.locationId(), s.locationId(), BigDecimal.ZERO, s.inDates().get(l.product().id() + ":"
                + (l.lotId() == null ? 0 : l.lotId())), false, l.label(), null, target)).toList();
    }

    private List<PackOperation> done(PackPlan plan, List<String> references, List<Instant> times, Map<Long, Long> ids,
                                     String actor) {
        Map<Long, StockPackage> now = packages.byIds(plan.steps().stream().map(s -> id(s.target(), ids)).toList());
        List<PackOperation> done = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PackPlan.Step s = plan.steps().get(i);
            done.add(new PackOperation(references.get(i), "pack", now.get(id(s.target(), ids)), s.lines().stream()
                    .map(l -> new PackageContent.Item(l.product().id(), l.product().sku(), l.product().name(),
                            l.lotId(), l.lotName(), l.quantity())).toList(),
                    s.children().stream().map(PackPlan.Child::name).toList(), s.lines().stream()
                    .map(PackLines.Resolved::quantity).reduce(BigDecimal.ZERO, BigDecimal::add), times.get(i), actor));
        }
        return done;
    }

    private static long id(long key, Map<Long, Long> ids) {
        return key > 0 ? key : ids.get(key);
    }
}
