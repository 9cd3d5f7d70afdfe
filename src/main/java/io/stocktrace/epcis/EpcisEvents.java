package io.stocktrace.epcis;

import io.stocktrace.catalog.Gtin;
import io.stocktrace.epcis.LedgerFacts.LotFact;
import io.stocktrace.epcis.LedgerFacts.MoveFact;
import io.stocktrace.epcis.LedgerFacts.Packaging;
import io.stocktrace.epcis.LedgerFacts.RecallFact;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ledger as EPCIS 2.0 events. Each lot is commissioned (ObjectEvent ADD, with its dates as ILMD); each transfer
 * is one ObjectEvent OBSERVE whose business step follows where the goods went (vendor to stock: receiving; stock
 * to customer: shipping; back from a customer: receiving, returned; stock to stock: storing, or picking into
 * transit; to scrap: destroying; counts: cycle_counting); each manufacturing order is one TransformationEvent from
 * its consumed lots to its produced ones; each recall is an ObjectEvent with the disposition {@code recalled}.
 * Event ids are name-based UUIDs of the move lines an event tells, so an export made twice has the same ids.
 */
public final class EpcisEvents {
    private static final String PRODUCTION = "production";
    private static final String INTERNAL = "internal";

    private final EpcIdentifiers ids;
    private final String siteGln;
    private final Map<Long, LotFact> lots;
    private final AggregationEvents aggregation;

    public EpcisEvents(EpcIdentifiers ids, String siteGln, List<LotFact> lots) {
        this(ids, siteGln, lots, Packaging.NONE);
    }

    /** @param packaging the packages the lots' moves name, for AggregationEvents and the SSCCs of shipments */
    public EpcisEvents(EpcIdentifiers ids, String siteGln, List<LotFact> lots, Packaging packaging) {
        this.ids = ids;
        this.siteGln = siteGln;
        this.lots = lots.stream().collect(Collectors.toMap(LotFact::id, l -> l, (a, b) -> a, LinkedHashMap::new));
        this.aggregation = new AggregationEvents(this, ids, packaging);
    }

    /** Every event of these facts, oldest first. */
    public List<Map<String, Object>> events(List<MoveFact> moves, List<RecallFact> recalls) {
        List<Map<String, Object>> events = new ArrayList<>();
        lots.values().forEach(lot -> events.add(commissioning(lot)));
        Map<String, List<MoveFact>> groups = moves.stream().filter(m -> !m.packing()).sorted(Comparator.comparingLong(MoveFact::id))
                .collect(Collectors.groupingBy(this::groupKey, LinkedHashMap::new, Collectors.toList()));
        groups.values().forEach(group -> events.add(group.get(0).manufacturingOrderId() != null
                ? transformation(group) : objectEvent(group)));
        events.addAll(aggregation.events(moves.stream().filter(MoveFact::packing).toList()));
        recalls.forEach(recall -> events.add(recall(recall)));
        events.sort(Comparator.comparing(e -> (String) e.get("eventTime")));
        return events;
    }

    private String groupKey(MoveFact move) {
        return move.manufacturingOrderId() != null ? "mo:" + move.manufacturingOrderId()
                : move.reference() + "|" + move.sourceLocationId() + "|" + move.destinationLocationId();
    }

    private Map<String, Object> commissioning(LotFact lot) {
        Map<String, Object> event = header("ObjectEvent", lot.createdAt(), "lot:" + lot.id());
        event.put("action", "ADD");
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        what(event, "epcList", "quantityList", List.of(new Item(lot, null)));
        event.put("bizLocation", Map.of("id", location(null)));
        Map<String, Object> ilmd = new LinkedHashMap<>();
        if (!lot.serial()) {
            ilmd.put("cbvmda:lotNumber", lot.name());
        }
        if (lot.expirationDate() != null) {
            ilmd.put("cbvmda:itemExpirationDate", lot.expirationDate().toString());
        }
        if (lot.bestBeforeDate() != null) {
            ilmd.put("cbvmda:bestBeforeDate", lot.bestBeforeDate().toString());
        }
        if (!ilmd.isEmpty()) {
            event.put("ilmd", ilmd);
        }
        return event;
    }

    private Map<String, Object> objectEvent(List<MoveFact> group) {
        MoveFact first = group.get(0);
        Step step = Step.of(first.sourceUsage(), first.destinationUsage());
        Map<String, Object> event = header("ObjectEvent", first.occurredAt(), key(group));
        event.put("action", "OBSERVE");
        event.put("bizStep", step.bizStep);
        event.put("disposition", step.disposition);
        what(event, "epcList", "quantityList", items(group));
        aggregation.addUnitsMoved(event, first);
        boolean outgoing = !INTERNAL.equals(first.destinationUsage()) && INTERNAL.equals(first.sourceUsage());
        long where = outgoing ? first.sourceLocationId() : first.destinationLocationId();
        event.put("readPoint", Map.of("id", location(where)));
        if (!outgoing || step.bizStep.equals("storing") || step.bizStep.equals("picking")) {
            event.put("bizLocation", Map.of("id", location(first.destinationLocationId())));
        }
        event.put("bizTransactionList", List.of(Map.of("bizTransaction", transaction(first.reference()))));
        String partner = first.partnerId() == null ? null : party(first.partnerId(), first.partnerGln());
        if ("supplier".equals(first.sourceUsage()) || "customer".equals(first.sourceUsage())) {
            event.put("sourceList", parties("source", partner, null));
            event.put("destinationList", parties("destination", ownParty(), location(first.destinationLocationId())));
        } else if ("customer".equals(first.destinationUsage()) || "supplier".equals(first.destinationUsage())) {
            event.put("sourceList", parties("source", ownParty(), location(first.sourceLocationId())));
            event.put("destinationList", parties("destination", partner, null));
        }
        return event;
    }

    private Map<String, Object> transformation(List<MoveFact> group) {
        List<MoveFact> inputs = group.stream().filter(m -> PRODUCTION.equals(m.destinationUsage())).toList();
        List<MoveFact> outputs = group.stream().filter(m -> PRODUCTION.equals(m.sourceUsage())).toList();
        MoveFact first = group.get(0);
        Map<String, Object> event = header("TransformationEvent", first.occurredAt(), key(group));
        what(event, "inputEPCList", "inputQuantityList", items(inputs));
        what(event, "outputEPCList", "outputQuantityList", items(outputs));
        event.put("transformationID", transaction(first.reference()));
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        event.put("readPoint", Map.of("id", location(null)));
        event.put("bizLocation", Map.of("id", location(null)));
        event.put("bizTransactionList", List.of(Map.of("type", "prodorder", "bizTransaction", transaction(first.reference()))));
        return event;
    }

    private Map<String, Object> recall(RecallFact recall) {
        Map<String, Object> event = header("ObjectEvent", recall.createdAt(), "recall:" + recall.id());
        event.put("action", "OBSERVE");
        event.put("bizStep", "holding");
        event.put("disposition", "recalled");
        what(event, "epcList", "quantityList", recall.lotIds().stream().filter(lots::containsKey)
                .map(id -> new Item(lots.get(id), null)).toList());
        event.put("bizLocation", Map.of("id", location(null)));
        event.put("bizTransactionList", List.of(Map.of("bizTransaction", transaction(recall.reference()))));
        return event;
    }

    record Item(LotFact lot, BigDecimal quantity) {
    }

    List<Item> items(List<MoveFact> moves) {
        Map<Long, BigDecimal> perLot = new LinkedHashMap<>();
        moves.forEach(m -> perLot.merge(m.lotId(), m.quantity(), BigDecimal::add));
        return perLot.entrySet().stream().filter(e -> lots.containsKey(e.getKey()))
                .map(e -> new Item(lots.get(e.getKey()), e.getValue())).toList();
    }

    /** Serials go in the EPC list, lots in the quantity list; a list left empty is left out (one must remain). */
    void what(Map<String, Object> event, String epcField, String quantityField, List<Item> items) {
        List<String> epcs = items.stream().filter(i -> i.lot().serial()).map(i -> instance(i.lot())).toList();
        List<Map<String, Object>> quantities = items.stream().filter(i -> !i.lot().serial()).map(this::quantity).toList();
        if (!epcs.isEmpty() || quantities.isEmpty()) {
            event.put(epcField, epcs);
        }
        if (!quantities.isEmpty()) {
            event.put(quantityField, quantities);
        }
    }

    private Map<String, Object> quantity(Item item) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("epcClass", lotClass(item.lot()));
        if (item.quantity() != null) {
            element.put("quantity", item.quantity().stripTrailingZeros());
            String uom = unCode(item.lot().uom());
            if (uom != null) {
                element.put("uom", uom);
            }
        }
        return element;
    }

    private String instance(LotFact lot) {
        return lot.gtin() == null ? "urn:stocktrace:product:" + EpcIdentifiers.escapePath(lot.sku()) + ":serial:"
                + EpcIdentifiers.escapePath(lot.name()) : ids.sgtin(Gtin.normalize(lot.gtin()), lot.name());
    }

    private String lotClass(LotFact lot) {
        return lot.gtin() == null ? "urn:stocktrace:product:" + EpcIdentifiers.escapePath(lot.sku()) + ":lot:"
                + EpcIdentifiers.escapePath(lot.name()) : ids.lgtin(Gtin.normalize(lot.gtin()), lot.name());
    }

    /** A location of this site: an SGLN extension of the site's GLN; the site itself for {@code null}. */
    String location(Long locationId) {
        if (siteGln == null) {
            return "urn:stocktrace:location:" + (locationId == null ? "site" : locationId);
        }
        return ids.sgln(siteGln, locationId == null ? null : String.valueOf(locationId));
    }

    private String ownParty() {
        return siteGln == null ? "urn:stocktrace:party:site" : ids.pgln(siteGln);
    }

    private String party(long partnerId, String gln) {
        return gln == null ? "urn:stocktrace:party:" + partnerId : ids.pgln(gln);
    }

    /** A source or destination list: the owning party and, for our side, the location. */
    private static List<Map<String, Object>> parties(String field, String party, String location) {
        List<Map<String, Object>> list = new ArrayList<>();
        if (party != null) {
            list.add(Map.of("type", "owning_party", field, party));
        }
        if (location != null) {
            list.add(Map.of("type", "location", field, location));
        }
        return list;
    }

    static String transaction(String reference) {
        return "urn:stocktrace:reference:" + EpcIdentifiers.escapePath(reference);
    }

    static Map<String, Object> header(String type, Instant time, String key) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventTime", time.truncatedTo(ChronoUnit.MILLIS).toString());
        event.put("eventTimeZoneOffset", "+00:00");
        event.put("eventID", "urn:uuid:" + UUID.nameUUIDFromBytes(("stocktrace-epcis:" + key).getBytes(StandardCharsets.UTF_8)));
        return event;
    }

    private static String key(List<MoveFact> group) {
        return "moves:" + group.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(","));
    }

    /** UN/ECE Recommendation 20 codes of the units people name; counted units have none. */
    static String unCode(String uom) {
        return switch (uom == null ? "" : uom.trim().toLowerCase(Locale.ROOT)) {
            case "kg", "kgs", "kilogram", "kilograms" -> "KGM";
            case "g", "gram", "grams" -> "GRM";
            case "t", "tonne", "tonnes" -> "TNE";
            case "l", "liter", "liters", "litre", "litres" -> "LTR";
            case "ml", "milliliter", "millilitre" -> "MLT";
            case "m", "meter", "meters", "metre", "metres" -> "MTR";
            case "lb", "lbs", "pound", "pounds" -> "LBR";
            default -> null;
        };
    }

    /** Where the goods went decides the business step and what state they are in afterwards. */
    private record Step(String bizStep, String disposition) {
        static Step of(String from, String to) {
            if ("supplier".equals(from)) {
                return new Step("receiving", "in_progress");
            }
            if ("customer".equals(from)) {
                return new Step("receiving", "returned");
            }
            if ("customer".equals(to)) {
                return new Step("shipping", "in_transit");
            }
            if ("supplier".equals(to)) {
                return new Step("shipping", "returned");
            }
            if ("scrap".equals(to)) {
                return new Step("destroying", "destroyed");
            }
            if ("inventory".equals(from) || "inventory".equals(to)) {
                return new Step("cycle_counting", "sellable_accessible");
            }
            if ("transit".equals(to)) {
                return new Step("picking", "in_progress");
            }
            return new Step("storing", "sellable_accessible");
        }
    }
}
