package io.stocktrace.lot;

import io.stocktrace.api.Change;
import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.settings.SettingsService;
import io.stocktrace.calendar.SiteCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LotService {
    /** What a PATCH of a lot may change. */
    public record LotChange(Change<String> ref, Change<String> note, Change<LocalDate> expirationDate,
                            Change<LocalDate> bestBeforeDate, Change<LocalDate> removalDate, Change<LocalDate> alertDate,
                            Change<String> status, String reason) {
    }

    private final LotRepository lots;
    private final LotEventRepository events;
    private final LotSequenceRepository sequences;
    private final ProductService products;
    private final SettingsService settings;
    private final SiteCalendar calendar;

    LotService(LotRepository lots, LotEventRepository events, LotSequenceRepository sequences,
               ProductService products, SettingsService settings, SiteCalendar calendar) {
        this.lots = lots;
        this.events = events;
        this.sequences = sequences;
        this.products = products;
        this.settings = settings;
        this.calendar = calendar;
    }

    @Requires(Role.MANAGER)
    @Transactional
    public LotSummary create(Long productId, String name, String ref, String note, LotDates dates) {
        Validation v = new Validation()
                .require(productId != null, "productId", "is required");
        LotName.problem(name).ifPresent(p -> v.add("name", p));
        v.require(ref == null || ref.length() <= 200, "ref", "at most 200 characters");
        v.require(note == null || note.length() <= 4000, "note", "at most 4000 characters");
        v.throwIfAny();
        Product product = products.get(productId);
        requireTracked(product, "name");
        String clean = LotName.normalize(name);
        if (!lots.findByNames(productId, List.of(clean)).isEmpty()) {
            throw StocktraceException.atField(ProblemType.DUPLICATE_LOT_NAME, "name", "Product " + product.sku()
                    + " already has a " + noun(product) + " named '" + clean + "'.");
        }
        LotDates completed = dates.completedFrom(product.expiry(), today());
        LotEditRules.requireAlertBeforeExpiration(completed);
        long id = lots.insert(new Lot(0, productId, clean, ref, note, LotStatus.AVAILABLE, completed, calendar.now()));
        advanceSequence(product, List.of(clean));
        return get(id);
    }

    public LotSummary get(long id) {
        return lots.findSummary(id).orElseThrow(() -> StocktraceException.notFound("Lot", id));
    }

    @Requires(Role.MANAGER)
    @Transactional
    public LotSummary update(long id, LotChange change, String actor) {
        Lot lot = get(id).lot();
        LotStatus status = LotEditRules.statusAfter(lot, change);
        LotDates dates = lot.dates().edited(change.expirationDate(), change.bestBeforeDate(), change.removalDate(),
                change.alertDate(), products.get(lot.productId()).expiry());
        if (!dates.equals(lot.dates())) {
            LotEditRules.requireAlertBeforeExpiration(dates);
        }
        if (status != lot.status()) {
            // before the update below, while the history row can still read the status it changes from
            events.recordStatusChanges(List.of(id), status, change.reason(), actor, calendar.now());
            lots.setStatus(List.of(id), status);
        }
        Lot edited = new Lot(id, lot.productId(), lot.name(), change.ref().orElse(lot.ref()),
                change.note().orElse(lot.note()), status, dates, lot.createdAt());
        lots.update(edited);
        events.recordChanges(LotFieldChange.between(lot, edited), actor, calendar.now());
        return get(id);
    }

    /** Blocks the lot, with the reason kept in its history; releasing it needs a manager (the security rules). */
    @Requires(Role.OPERATOR)
    @Transactional
    public LotSummary quarantine(long id, String reason, String actor) {
        return changeStatus(id, LotStatus.QUARANTINE, reason, actor);
    }

    /** Makes a quarantined lot available again, with the reason; a recalled lot is never released. */
    @Requires(Role.MANAGER)
    @Transactional
    public LotSummary release(long id, String reason, String actor) {
        return changeStatus(id, LotStatus.AVAILABLE, reason, actor);
    }

    /**
     * The dates as the lot form sends them, all four, a blank one cleared: one sent as it was is no edit, so the
     * derived dates follow a new expiration date unless set by hand (see {@link LotDates#edited}).
     */
    @Requires(Role.MANAGER)
    @Transactional
    public LotSummary changeDates(long id, LotDates dates, String actor) {
        return update(id, new LotChange(Change.unchanged(), Change.unchanged(), Change.to(dates.expirationDate()),
                Change.to(dates.bestBeforeDate()), Change.to(dates.removalDate()), Change.to(dates.alertDate()),
                Change.unchanged(), null), actor);
    }

    private LotSummary changeStatus(long id, LotStatus status, String reason, String actor) {
        LotEditRules.requireReason(reason);
        return update(id, new LotChange(Change.unchanged(), Change.unchanged(), Change.unchanged(), Change.unchanged(),
                Change.unchanged(), Change.unchanged(), Change.to(status.wire()), reason.strip()), actor);
    }

    /** Marks lots recalled (or quarantined) in bulk, with the history row each change leaves. */
    @Requires(Role.MANAGER)
    @Transactional
    public void changeStatus(Collection<Long> lotIds, LotStatus status, String reason, String actor) {
        events.recordStatusChanges(lotIds, status, reason, actor, calendar.now());
        lots.setStatus(lotIds, status);
    }

    /**
     * What a recall does to its lots before it writes its {@code recall_lots} rows (which make them recalled: see
     * {@link LotStatusSql}): locks them in id order, so that an operation shipping any of them either commits first
     * (and the recall then finds its shipments) or waits and then reads them recalled ({@link #lockForShipping}).
     * Answers their statuses once locked, which the recall keeps as each lot's status before it. The lots' rows are
     * not written.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public Map<Long, LotStatus> lockForRecall(Collection<Long> lotIds) {
        return lots.lockAndReadStatuses(lotIds);
    }

    /**
     * The recall's one history row, which the history of each lot it recalled shows through the lot's
     * {@code recall_lots} row (with the lot's status before the recall): 22,000 lots reached, one row written.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public void recordRecall(long recallId, long lotId, String reason, String actor) {
        events.recordRecall(recallId, lotId, reason, actor, calendar.now());
    }

    public record ProposedNames(List<String> names, List<String> existing) {
    }

    /** Names from {@code first} on, and which of them the product already has; creates nothing. */
    @Requires(Role.OPERATOR)
    public ProposedNames proposeNames(long productId, String first, int count) {
        SerialNames.problem(first, count).ifPresent(p -> {
            throw StocktraceException.invalid(p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2));
        });
        Product product = products.get(productId);
        requireTracked(product, "first");
        List<String> names = SerialNames.generate(first, count);
        var known = lots.findByNames(productId, names).keySet();
        return new ProposedNames(names, names.stream().filter(known::contains).toList());
    }

    /** The lots of one product with these names, by name. */
    public Map<String, Lot> findByNames(long productId, Collection<String> names) {
        return lots.findByNames(productId, names);
    }

    /**
     * The ids of the lots of one product with these names, by name: one index probe a name, however stale the
     * planner's statistics (Put in Pack of 100 serials among hundreds of thousands of lots).
     */
    public Map<String, Long> idsByNames(long productId, Collection<String> names) {
        return lots.idsByNames(productId, names);
    }

    /** The same as {@link #findByNames}, for many names of which few exist (an import): one index probe a name. */
    public Map<String, Lot> findExisting(long productId, Collection<String> names) {
        Map<String, Lot> found = new java.util.HashMap<>();
        lots.byIds(lots.idsByNames(productId, names).values()).values().forEach(l -> found.put(l.name(), l));
        return found;
    }

    /**
     * The lots as they are now, locked until the transaction ends: an operation that ships them reads their status
     * this way, so that a recall (or quarantine) of any of them either waits for the operation to commit, and then
     * finds its shipments, or has committed first, and then the operation sees the lot blocked.
     */
    public Map<Long, Lot> lockForShipping(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : lots.lockByIds(ids);
    }

    public Map<Long, Lot> byIds(Collection<Long> ids) {
        return lots.byIds(ids);
    }

    /** Creates many lots in one batch (a receipt of thousands of serials); answers them by name. */
    @Requires(Role.OPERATOR)
    @Transactional
    public Map<String, Lot> createAll(long productId, List<Lot> newLots) {
        lots.insertAll(newLots);
        List<String> names = newLots.stream().map(Lot::name).toList();
        advanceSequence(products.get(productId), names);
        return lots.findByNames(productId, names);
    }

    /**
     * Creates and updates many lots in a few batched statements (an import), each field an update changes in the lot's
     * history, and moves the sequences of their products past the names created. The caller has checked every lot.
     */
    @Requires(Role.MANAGER)
    @Transactional
    public void importLots(List<Lot> created, List<Lot> updated, String actor) {
        lots.insertAll(created);
        Map<Long, Lot> before = lots.byIds(updated.stream().map(Lot::id).toList());
        lots.updateAll(updated);
        events.recordChanges(updated.stream().flatMap(l -> LotFieldChange.between(before.get(l.id()), l).stream())
                .toList(), actor, calendar.now());
        created.stream().collect(java.util.stream.Collectors.groupingBy(Lot::productId))
                .forEach((product, newLots) -> advanceSequence(products.get(product),
                        newLots.stream().map(Lot::name).toList()));
    }

    /** Which of these lots the ledger knows: they have moves. */
    public java.util.Set<Long> withMoves(Collection<Long> lotIds) {
        return lots.withMoves(lotIds);
    }

    /** Moves the product's sequence past the names just created, so that it never proposes them. */
    private void advanceSequence(Product product, List<String> created) {
        var own = sequences.find(product.id(), false);
        LotSequence sequence = own.orElse(LotSequence.defaultFor(product.sku()));
        sequence.nextAfter(created).ifPresent(next -> {
            if (own.isPresent()) {
                sequences.advanceTo(product.id(), next);
            } else {
                sequences.save(product.id(), new LotSequence(sequence.prefix(), sequence.padding(), next));
            }
        });
    }

    /** Today at the site (its time zone, not UTC's). */
    public LocalDate today() {
        return calendar.today();
    }

    /** The site's day of an instant: the day a lot made at that instant counts its expiry from. */
    public LocalDate dayOf(Instant instant) {
        return calendar.dayOf(instant);
    }

    /** Refuses lots for a product tracked by neither lot nor serial, or while lots are off in the settings. */
    public void requireTracked(Product product, String field) {
        if (!product.tracking().isTracked()) {
            throw StocktraceException.atField(ProblemType.LOT_NOT_ALLOWED, field, "Product " + product.sku()
                    + " is not tracked by lot or serial number, so it has no lots.");
        }
        settings.requireLots("Lots and serial numbers");
    }

    private static String noun(Product product) {
        return product.tracking() == Tracking.SERIAL ? "serial number" : "lot";
    }
}
