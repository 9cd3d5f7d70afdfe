package io.stocktrace.epcis;

import io.stocktrace.epcis.LedgerFacts.MoveFact;
import io.stocktrace.epcis.LedgerFacts.PackageMoveFact;
import io.stocktrace.epcis.LedgerFacts.Packaging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Packing in EPCIS 2.0: each Put in Pack is an AggregationEvent ADD, each Unpack a DELETE, one per operation and
 * package, whose parent is the package's SSCC and whose children are the serials (childEPCs), the lots with their
 * quantities (childQuantityList) and the packages (childEPCs) put in or taken out. A transfer that moved packages
 * whole names their SSCCs in its ObjectEvent, the outermost ones only: the aggregation tells what they held.
 */
final class AggregationEvents {
    private static final String PACKAGE_URI = "urn:stocktrace:package:";

    private final EpcisEvents events;
    private final EpcIdentifiers ids;
    private final Packaging packaging;

    AggregationEvents(EpcisEvents events, EpcIdentifiers ids, Packaging packaging) {
        this.events = events;
        this.ids = ids;
        this.packaging = packaging;
    }

    /** One packing operation on one package: its reference, the package, ADD or DELETE. */
    private record Key(String reference, long packageId, boolean add) {
    }

    private static final class Children {
        final List<MoveFact> moves = new ArrayList<>();
        final List<Long> packages = new ArrayList<>();
        Instant occurredAt;
        long locationId;
    }

    /** The AggregationEvents of these Put in Pack and Unpack move lines and of the packages packed as wholes. */
    List<Map<String, Object>> events(List<MoveFact> packingMoves) {
        Map<Key, Children> operations = new LinkedHashMap<>();
        for (MoveFact m : packingMoves) {
            if (m.packageId() != null) {
                children(operations, new Key(m.reference(), m.packageId(), false), m.occurredAt(), m.sourceLocationId())
                        .moves.add(m);
            }
            if (m.resultPackageId() != null) {
                children(operations, new Key(m.reference(), m.resultPackageId(), true), m.occurredAt(), m.sourceLocationId())
                        .moves.add(m);
            }
        }
        for (PackageMoveFact p : packaging.moves()) {
            if (p.packing() && p.fromParentId() != null) {
                children(operations, new Key(p.reference(), p.fromParentId(), false), p.occurredAt(), p.sourceLocationId())
                        .packages.add(p.packageId());
            }
            if (p.packing() && p.parentId() != null) {
                children(operations, new Key(p.reference(), p.parentId(), true), p.occurredAt(), p.sourceLocationId())
                        .packages.add(p.packageId());
            }
        }
        List<Map<String, Object>> aggregations = new ArrayList<>();
        operations.forEach((key, children) -> aggregations.add(event(key, children)));
        return aggregations;
    }

    private static Children children(Map<Key, Children> operations, Key key, Instant at, long locationId) {
        Children children = operations.computeIfAbsent(key, k -> new Children());
        children.occurredAt = at;
        children.locationId = locationId;
        return children;
    }

    private Map<String, Object> event(Key key, Children children) {
        Map<String, Object> event = EpcisEvents.header("AggregationEvent", children.occurredAt,
                "aggregation:" + key.reference() + ":" + key.packageId() + ":" + (key.add() ? "add" : "delete"));
        event.put("parentID", epc(key.packageId()));
        events.what(event, "childEPCs", "childQuantityList", events.items(children.moves));
        if (!children.packages.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> epcs = new ArrayList<>((List<String>) event.getOrDefault("childEPCs", List.of()));
            children.packages.stream().distinct().map(this::epc).forEach(epcs::add);
            event.put("childEPCs", epcs);
        }
        event.put("action", key.add() ? "ADD" : "DELETE");
        event.put("bizStep", key.add() ? "packing" : "unpacking");
        event.put("disposition", key.add() ? "in_progress" : "sellable_accessible");
        event.put("readPoint", Map.of("id", events.location(children.locationId)));
        event.put("bizLocation", Map.of("id", events.location(children.locationId)));
        event.put("bizTransactionList", List.of(Map.of("bizTransaction", EpcisEvents.transaction(key.reference()))));
        return event;
    }

    /**
     * Adds to a transfer's ObjectEvent the packages it moved whole, as named by {@code move}'s reference and
     * locations: those that were in no package moved with them.
     */
    void addUnitsMoved(Map<String, Object> event, MoveFact move) {
        List<PackageMoveFact> moved = packaging.moves().stream()
                .filter(p -> !p.packing() && p.reference().equals(move.reference())
                        && p.sourceLocationId() == move.sourceLocationId() && p.destinationLocationId() == move.destinationLocationId())
                .toList();
        Set<Long> movedIds = moved.stream().map(PackageMoveFact::packageId).collect(Collectors.toSet());
        List<String> units = moved.stream().filter(p -> p.parentId() == null || !movedIds.contains(p.parentId()))
                .map(p -> epc(p.packageId())).distinct().toList();
        if (units.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> epcs = new ArrayList<>((List<String>) event.getOrDefault("epcList", List.of()));
        epcs.addAll(units);
        event.put("epcList", epcs);
    }

    /** A package's EPC: its SSCC, or for a package with a free name an identifier of this site. */
    String epc(long packageId) {
        String name = packaging.names().getOrDefault(packageId, String.valueOf(packageId));
        return isSscc(name) ? ids.sscc(name) : PACKAGE_URI + EpcIdentifiers.escapePath(name);
    }

    static boolean isSscc(String name) {
        return name.matches("[0-9]{18}") && io.stocktrace.gs1.CheckDigit.isValid(name);
    }
}
