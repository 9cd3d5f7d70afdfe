package io.stocktrace.stock;

import io.stocktrace.catalog.Product;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.limits.Limits;
import io.stocktrace.location.Location;
import io.stocktrace.location.LocationService;
import io.stocktrace.location.LocationUsage;
import io.stocktrace.lot.Lot;
import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotService;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.settings.SettingsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns a transfer request into a draft: checks every field and every line against the rules of lots and
 * serials before anything is written, and expands serial lists into one line per serial.
 */
@Component
class TransferDrafts {
    /** Enough refused lines for a person to correct at once; a machine's list of 100,000 bad lines stops here. */
    static final int MAX_REFUSED_LINES = 100;

    /** Places a request's line refers to, and what the checks found about them. */
    private record Places(Location source, Location destination) {
    }

    private final ProductService products;
    private final LocationService locations;
    private final PartnerService partners;
    private final LotService lots;
    private final SerialChecks serials;
    private final SettingsService settings;
    private final Clock clock;
    private final Limits limits;

    TransferDrafts(ProductService products, LocationService locations, PartnerService partners, LotService lots,
                   SerialChecks serials, SettingsService settings, Clock clock, Limits limits) {
        this.products = products;
        this.locations = locations;
        this.partners = partners;
        this.lots = lots;
        this.serials = serials;
        this.settings = settings;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Refuses a request of more lines or serials than the limits allow, before any line is looked at: a million
     * serials would otherwise be checked, expanded and written one by one.
     */
    void checkCounts(List<TransferRequest.Line> lines) {
        if (lines == null) {
            return;
        }
        limits.requireLines("lines", lines.size());
        long serialCount = 0;
        for (TransferRequest.Line line : lines) {
            serialCount += line == null || line.serials() == null ? 0 : line.serials().size();
        }
        limits.requireSerials("lines", serialCount);
    }

    Transfer draft(TransferRequest request, String reference, String actor) {
        TransferType type = checkShape(request);
        if (request.lines() == null) {
            request = new TransferRequest(request.type(), request.partnerId(), request.sourceLocationId(),
                    request.destinationLocationId(), request.scheduledDate(), request.origin(), request.allowExpired(),
                    List.of(), request.packages());
        }
        Map<Long, Product> byId = products.byIds(request.lines().stream().map(TransferRequest.Line::productId).toList());
        Places places = places(request, type);
        Validation v = new Validation();
        for (int i = 0; i < request.lines().size(); i++) {
            Long id = request.lines().get(i).productId();
            v.require(byId.containsKey(id), "lines[" + i + "].productId", "no product " + id);
        }
        v.throwIfAny();
        List<TransferLine> lines = expandLines(request, type, byId, places);
        List<TransferLine> resolved = resolveLots(lines, byId, type, places.source());
        return new Transfer(0, reference, type, TransferState.DRAFT, request.partnerId(), places.source().id(),
                places.destination().id(), request.scheduledDate() == null ? clock.instant() : request.scheduledDate(),
                request.origin(), Boolean.TRUE.equals(request.allowExpired()), actor, clock.instant(), null, resolved);
    }

    /** The lines the request's lines become, one per serial; every line is checked before any problem is thrown. */
    private List<TransferLine> expandLines(TransferRequest request, TransferType type, Map<Long, Product> byId,
                                           Places places) {
        List<TransferLine> lines = new ArrayList<>();
        LineRules rules = new LineRules(type);
        List<StocktraceException> refused = new ArrayList<>();
        for (int i = 0; i < request.lines().size() && refused.size() < MAX_REFUSED_LINES; i++) {
            TransferRequest.Line line = request.lines().get(i);
            Product product = byId.get(line.productId());
            if (product.tracking().isTracked()) {
                settings.requireLots("Product " + product.sku() + " is tracked by " + product.tracking().wire() + ", which");
            }
            try {
                for (LineRules.Expanded e : rules.expand(i, line, product)) {
                    lines.add(line(i, line, product, e.lotName(), e.quantity(), places));
                }
            } catch (StocktraceException e) {
                refused.add(e);
            }
        }
        throwAll(refused);
        return lines;
    }

    /**
     * Every line's problem at once: the first line's problem, its type and detail, with the fields of every line
     * refused in its {@code errors}.
     */
    private static void throwAll(List<StocktraceException> refused) {
        if (refused.size() == 1) {
            throw refused.get(0);
        }
        if (!refused.isEmpty()) {
            StocktraceException first = refused.get(0);
            throw new StocktraceException(first.type(), first.getMessage(),
                    refused.stream().flatMap(e -> e.errors().stream()).toList(), first.properties());
        }
    }

    private TransferType checkShape(TransferRequest r) {
        checkCounts(r.lines());
        Validation v = new Validation();
        TransferType type = null;
        try {
            type = TransferType.fromWire(r.type());
        } catch (IllegalArgumentException | NullPointerException e) {
            v.add("type", "must be receipt, delivery or internal");
        }
        if (type == TransferType.RETURN) {
            v.add("type", "must be receipt, delivery or internal; a return is made from its transfer with POST /transfers/{id}/return");
        }
        v.require(r.lines() != null && !r.lines().isEmpty() || r.hasPackages(), "lines",
                "at least one line (or package) is required");
        v.require(r.origin() == null || r.origin().length() <= 200, "origin", "at most 200 characters");
        if (r.lines() != null) {
            for (int i = 0; i < r.lines().size(); i++) {
                LineRules.checkShape(r.lines().get(i), "lines[" + i + "]", v);
            }
        }
        if (r.partnerId() != null && partners.find(r.partnerId()).isEmpty()) {
            v.add("partnerId", "no partner " + r.partnerId());
        }
        v.throwIfAny();
        return type;
    }

    private Places places(TransferRequest r, TransferType type) {
        Validation v = new Validation();
        Long sourceId = r.sourceLocationId() != null ? r.sourceLocationId() : type.defaultSource();
        Long destinationId = r.destinationLocationId() != null ? r.destinationLocationId() : type.defaultDestination();
        v.require(sourceId != null, "sourceLocationId", "is required for an internal transfer");
        v.require(destinationId != null, "destinationLocationId", "is required for an internal transfer");
        v.throwIfAny();
        Location source = locations.find(sourceId).orElse(null);
        Location destination = locations.find(destinationId).orElse(null);
        v.require(source != null, "sourceLocationId", "no location " + sourceId);
        v.require(destination != null, "destinationLocationId", "no location " + destinationId);
        v.throwIfAny();
        v.require(destination.usage() != LocationUsage.VIEW, "destinationLocationId",
                destination.fullName() + " is a view location, which never holds stock");
        v.require(source.id() != destination.id(), "destinationLocationId", "must differ from the source location");
        v.require(type != TransferType.RECEIPT || !source.usage().countsAsStock(), "sourceLocationId",
                "a receipt comes from outside our stock (a vendor or customer location)");
        v.require(type == TransferType.RECEIPT || hasStock(source), "sourceLocationId",
                source.fullName() + " holds no stock of ours");
        v.require(type != TransferType.INTERNAL || destination.usage().countsAsStock(), "destinationLocationId",
                "an internal transfer goes to an internal or transit location");
        v.throwIfAny();
        return new Places(source, destination);
    }

    private static boolean hasStock(Location location) {
        return location.usage().countsAsStock() || location.usage() == LocationUsage.VIEW;
    }

    private TransferLine line(int i, TransferRequest.Line line, Product product, String lotName, BigDecimal quantity,
                              Places places) {
        LotDates dates = new LotDates(line.expirationDate(), line.bestBeforeDate(), line.removalDate(), line.alertDate());
        return new TransferLine(0, i, product.id(), null, lotName, quantity,
                places.source().id(), places.destination().id(), false, dates, null);
    }

    /** Finds the lots that lines name; other transfers than receipts may only name lots that exist. */
    List<TransferLine> resolveLots(List<TransferLine> lines, Map<Long, Product> products, TransferType type,
                                   Location source) {
        Map<Long, Set<String>> namesByProduct = new LinkedHashMap<>();
        lines.stream().filter(l -> l.lotName() != null)
                .forEach(l -> namesByProduct.computeIfAbsent(l.productId(), p -> new HashSet<>()).add(l.lotName()));
        Map<Long, Map<String, Lot>> found = new HashMap<>();
        namesByProduct.forEach((product, names) -> found.put(product, lots.findByNames(product, names)));
        List<TransferLine> resolved = new ArrayList<>(lines.size());
        for (TransferLine l : lines) {
            Lot lot = l.lotName() == null ? null : found.get(l.productId()).get(l.lotName());
            if (l.lotName() != null && lot == null && !type.createsLots()) {
                throw StocktraceException.atField(ProblemType.LOT_NOT_FOUND, "lines[" + l.lineNo() + "].lot",
                        "Product " + products.get(l.productId()).sku() + " has no lot or serial number named '"
                                + l.lotName() + "'; only receipts create lots.");
            }
            resolved.add(lot == null ? l : l.withLot(lot.id()));
        }
        if (type.createsLots()) {
            checkIncomingSerials(resolved, products, source);
        }
        return resolved;
    }

    void checkIncomingSerials(List<TransferLine> lines, Map<Long, Product> products, Location source) {
        Map<Long, Map<Long, String>> fieldsByProduct = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (TransferLine l : lines) {
            if (l.lotId() != null && products.get(l.productId()).tracking() == Tracking.SERIAL) {
                fieldsByProduct.computeIfAbsent(l.productId(), p -> new HashMap<>())
                        .put(l.lotId(), "lines[" + l.lineNo() + "]");
                names.put(l.lotId(), l.lotName());
            }
        }
        fieldsByProduct.forEach((product, fields) ->
                serials.requireNotOnHand(fields, names, products.get(product).sku(), source));
    }
}
