package io.stocktrace.epcis;

import io.stocktrace.catalog.ProductService;
import io.stocktrace.lot.LotService;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.settings.Gs1Settings;
import io.stocktrace.settings.SettingsService;
import io.stocktrace.trace.Trace;
import io.stocktrace.trace.TraceService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** EPCIS 2.0 documents of a lot's events, or of the events of every lot of its trace. */
@Service
public class EpcisService {
    static final List<Object> CONTEXT = List.of("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");

    private final LotService lots;
    private final ProductService products;
    private final TraceService traces;
    private final SettingsService settings;
    private final EpcisRepository facts;
    private final Clock clock;

    EpcisService(LotService lots, ProductService products, TraceService traces, SettingsService settings,
                 EpcisRepository facts, Clock clock) {
        this.lots = lots;
        this.products = products;
        this.traces = traces;
        this.settings = settings;
        this.facts = facts;
        this.clock = clock;
    }

    /** The lot's own events ({@code direction} null), or those of every lot its trace reaches that way. */
    @Transactional(readOnly = true)
    public Map<String, Object> lotDocument(long lotId, Trace.Direction direction) {
        List<Long> lotIds = direction == null ? List.of(lots.get(lotId).lot().id())
                : traces.trace(lotId, direction).lots().stream().map(Trace.TracedLot::id).toList();
        return document(events(lotIds));
    }

    /** Every event of these lots, their packing and the packages they travelled in included. */
    private List<Map<String, Object>> events(List<Long> lotIds) {
        Gs1Settings gs1 = settings.gs1();
        List<LedgerFacts.MoveFact> moves = facts.moves(lotIds);
        EpcisEvents events = new EpcisEvents(new EpcIdentifiers(gs1.companyPrefixes(), gs1.urns()), gs1.siteGln(),
                facts.lots(lotIds), facts.packaging(moves));
        return events.events(moves, facts.recalls(lotIds));
    }

    /** A page of events answering a query, and whether more follow. */
    public record QueryPage(Map<String, Object> document, boolean more) {
    }

    /**
     * The events an EPCIS query asks for, as an {@code EPCISQueryDocument}. Identifiers name lots through their
     * product's GTIN; without any, every lot moved, made or recalled in the time window is read, up to
     * {@link #MAX_LOTS_WITHOUT_EPC} lots.
     */
    @Transactional(readOnly = true)
    public QueryPage query(EpcisQuery query) {
        return page(matching(query), query);
    }

    /** Every event of our ledger that answers the query, oldest first (no paging). */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> matching(EpcisQuery query) {
        List<EpcIdentifiers.EpcKey> anyEpc = keys(query.anyEpc());
        List<EpcIdentifiers.EpcKey> epcClass = keys(query.epcClass());
        java.util.Set<String> ssccs = query.anyEpc().stream().map(EpcIdentifiers::parseSscc).flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.toSet());
        List<Long> lotIds = query.namesObjects()
                ? lotsNamed(anyEpc.stream().filter(k -> k.serial() != null), epcClass.stream().filter(k -> k.serial() == null), ssccs)
                : facts.lotsActiveBetween(query.from(), query.to(), MAX_LOTS_WITHOUT_EPC + 1);
        if (!query.namesObjects() && lotIds.size() > MAX_LOTS_WITHOUT_EPC) {
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, "The query reaches more than " + MAX_LOTS_WITHOUT_EPC
                    + " lots: narrow it with MATCH_anyEPC, MATCH_epcClass or a shorter GE_eventTime / LT_eventTime window.");
        }
        return events(lotIds).stream()
                .filter(e -> query.bizSteps().isEmpty() || query.bizSteps().contains((String) e.get("bizStep")))
                .filter(e -> query.from() == null || !Instant.parse((String) e.get("eventTime")).isBefore(query.from()))
                .filter(e -> query.to() == null || Instant.parse((String) e.get("eventTime")).isBefore(query.to()))
                .filter(e -> anyEpc.isEmpty() && ssccs.isEmpty() || mentionsAny(e, anyEpc, EPC_FIELDS) || mentionsPackage(e, ssccs))
                .filter(e -> epcClass.isEmpty() || mentionsAny(e, epcClass, CLASS_FIELDS))
                .toList();
    }

    /** One page of these events as an {@code EPCISQueryDocument}, and whether more follow. */
    public QueryPage page(List<Map<String, Object>> matching, EpcisQuery query) {
        int end = Math.min(matching.size(), query.offset() + query.perPage());
        List<Map<String, Object>> page = query.offset() >= matching.size() ? List.of() : matching.subList(query.offset(), end);
        Map<String, Object> body = Map.of("queryResults", Map.of("queryName", "SimpleEventQuery",
                "resultsBody", Map.of("eventList", new ArrayList<>(page))));
        return new QueryPage(envelope("EPCISQueryDocument", body), end < matching.size());
    }

    static final int MAX_LOTS_WITHOUT_EPC = 10_000;
    private static final List<String> EPC_FIELDS = List.of("epcList", "inputEPCList", "outputEPCList", "childEPCs");
    private static final List<String> CLASS_FIELDS = List.of("quantityList", "inputQuantityList", "outputQuantityList",
            "childQuantityList");

    /**
     * Lots of the products whose GTIN the keys name (the serial or lot named, or every lot of a GTIN class), and those
     * that were ever in a package of these SSCCs.
     */
    private List<Long> lotsNamed(java.util.stream.Stream<EpcIdentifiers.EpcKey> instances,
                                 java.util.stream.Stream<EpcIdentifiers.EpcKey> classes, java.util.Set<String> ssccs) {
        java.util.Set<Long> lotIds = new java.util.LinkedHashSet<>();
        java.util.stream.Stream.concat(instances, classes).forEach(key -> products.findByGtin14(key.gtin14())
                .ifPresent(p -> lotIds.addAll(facts.lotsNamed(p.id(), key.serial() != null ? key.serial() : key.lot()))));
        if (!ssccs.isEmpty()) {
            lotIds.addAll(facts.lotsPackedIn(ssccs));
        }
        return List.copyOf(lotIds);
    }

    /** Whether the event names one of these SSCCs: as the parent of an aggregation, a child, or a unit moved. */
    private static boolean mentionsPackage(Map<String, Object> event, java.util.Set<String> ssccs) {
        if (ssccs.isEmpty()) {
            return false;
        }
        List<Object> named = new ArrayList<>();
        named.add(event.get("parentID"));
        List.of("epcList", "childEPCs").forEach(f -> named.addAll(event.get(f) instanceof List<?> l ? l : List.of()));
        return named.stream().filter(String.class::isInstance)
                .anyMatch(uri -> EpcIdentifiers.parseSscc((String) uri).filter(ssccs::contains).isPresent());
    }

    /** Identifiers as keys; an identifier that names no GTIN (a location, a typo) matches nothing. */
    private static List<EpcIdentifiers.EpcKey> keys(List<String> uris) {
        return uris.stream().map(EpcIdentifiers::parse).flatMap(java.util.Optional::stream).toList();
    }

    /** Whether the event lists one of these keys, compared as keys so URN and Digital Link forms match. */
    private static boolean mentionsAny(Map<String, Object> event, List<EpcIdentifiers.EpcKey> wanted, List<String> fields) {
        for (String field : fields) {
            if (event.get(field) instanceof List<?> values) {
                for (Object value : values) {
                    String uri = value instanceof Map<?, ?> quantity ? (String) quantity.get("epcClass") : (String) value;
                    var key = EpcIdentifiers.parse(uri);
                    if (key.isPresent() && wanted.stream().anyMatch(w -> w.equals(key.get())
                            || (w.serial() == null && w.lot() == null && w.gtin14().equals(key.get().gtin14())))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Map<String, Object> document(List<Map<String, Object>> eventList) {
        return envelope("EPCISDocument", Map.of("eventList", new ArrayList<>(eventList)));
    }

    private Map<String, Object> envelope(String type, Map<String, Object> body) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("type", type);
        document.put("schemaVersion", "2.0");
        document.put("creationDate", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        document.put("epcisBody", body);
        return document;
    }
}
