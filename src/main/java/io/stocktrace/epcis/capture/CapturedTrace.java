package io.stocktrace.epcis.capture;

import io.stocktrace.catalog.Gtin;
import io.stocktrace.trace.LotGraph;
import io.stocktrace.trace.ReportedEvent;
import io.stocktrace.trace.ReportedUpstream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upstream trace beyond our receiving dock: level 1 is every captured event naming a lot or serial we received
 * (GTIN + lot, GTIN + serial), except those that consume it (a transformation's input: that is downstream of it);
 * level n+1 every event naming an input (with its lot or serial) of a transformation of level n, whoever reported
 * it; and, when an aggregation packed a reached lot into a pallet or case, every event naming that parent (its
 * shipping). An event is shown once, at the first level that reaches it; at most {@link #MAX_EVENTS} events and
 * {@link LotGraph#MAX_DEPTH} levels.
 */
@Component
class CapturedTrace implements ReportedUpstream {
    private static final Set<String> CONSUMING = Set.of("input", "input-class");
    private static final Set<String> INPUTS = Set.of("input", "input-class");

    private final CapturedEventsRepository events;

    CapturedTrace(CapturedEventsRepository events) {
        this.events = events;
    }

    private enum Kind { LOT, SERIAL, URI }

    /**
     * What the walk follows: a GTIN with a lot or a serial, or an identifier that is no GTIN key (a pallet's SSCC) as
     * written; a GTIN without lot or serial (every unit of a product) is not followed.
     */
    private record Key(String gtin, String value, Kind kind) {
        static Key of(CapturedEventsRepository.Named n) {
            return n.serial() != null ? new Key(n.gtin(), n.serial(), Kind.SERIAL)
                    : n.lot() != null ? new Key(n.gtin(), n.lot(), Kind.LOT)
                    : n.gtin() == null ? new Key(null, n.uri(), Kind.URI) : null;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportedEvent> upstreamOf(Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        Map<Key, Set<Long>> ourLots = new LinkedHashMap<>();
        events.receivedLots(lotIds).forEach(l -> ourLots.computeIfAbsent(
                new Key(Gtin.normalize(l.gtin()), l.name(), l.serial() ? Kind.SERIAL : Kind.LOT), k -> new LinkedHashSet<>()).add(l.lotId()));
        List<ReportedEvent> reported = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        // the frontier: each key, with the eventIDs (of the level before) whose inputs it is
        Map<Key, Set<String>> frontier = new LinkedHashMap<>();
        ourLots.keySet().forEach(k -> frontier.put(k, new LinkedHashSet<>()));
        for (int level = 1; level <= LotGraph.MAX_DEPTH && !frontier.isEmpty() && reported.size() < MAX_EVENTS; level++) {
            Map<Long, Set<Key>> reached = reach(frontier.keySet(), seen);
            if (reached.isEmpty()) {
                break;
            }
            List<Long> rowIds = reached.keySet().stream().limit(MAX_EVENTS - reported.size()).toList();
            seen.addAll(rowIds);
            Level read = read(rowIds);
            Map<Key, Set<String>> next = new LinkedHashMap<>();
            for (CapturedEventsRepository.Stored e : read.stored()) {
                Set<Key> named = reached.get(e.rowId());
                Set<Long> lots = new LinkedHashSet<>();
                Set<String> leadsTo = new LinkedHashSet<>();
                for (Key k : named) {
                    lots.addAll(level == 1 ? ourLots.getOrDefault(k, Set.of()) : Set.of());
                    leadsTo.addAll(frontier.getOrDefault(k, Set.of()));
                }
                List<CapturedEventsRepository.Named> ids = read.identifiers().getOrDefault(e.rowId(), List.of());
                ids.stream().filter(n -> INPUTS.contains(n.role()) || packedInto(e, n, named, ids)).map(Key::of)
                        .filter(java.util.Objects::nonNull)
                        .forEach(k -> next.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.eventId()));
                reported.add(event(level, e, ids, read.parties().getOrDefault(e.rowId(), List.of()), lots, leadsTo));
            }
            frontier.clear();
            frontier.putAll(next);
        }
        return reported;
    }

    /**
     * Whether {@code n} is the parent (a pallet, a case) that an aggregation packed a reached key into: its shipping
     * and receiving name the parent alone.
     */
    private static boolean packedInto(CapturedEventsRepository.Stored e, CapturedEventsRepository.Named n, Set<Key> named,
                                      List<CapturedEventsRepository.Named> ids) {
        return "AggregationEvent".equals(e.type()) && !"DELETE".equals(e.action()) && "parent".equals(n.role())
                && ids.stream().anyMatch(c -> c.role().startsWith("child") && named.contains(Key.of(c)));
    }

    /** Events not seen yet that name one of these keys other than as something they consume, with the keys named. */
    private Map<Long, Set<Key>> reach(Collection<Key> keys, Set<Long> seen) {
        Map<Long, Set<Key>> reached = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            List<Key> some = keys.stream().filter(k -> k.kind() == kind).toList();
            if (some.isEmpty()) {
                continue;
            }
            List<String> values = some.stream().map(Key::value).toList();
            (kind == Kind.URI ? events.namingUris(values)
                    : events.naming(some.stream().map(Key::gtin).toList(), values, kind == Kind.SERIAL)).stream()
                    .filter(n -> !seen.contains(n.eventRowId()))
                    .forEach(n -> reached.computeIfAbsent(n.eventRowId(), id -> new LinkedHashSet<>()).add(Key.of(n)));
        }
        // an event that only consumes the key is downstream of it
        Set<Long> producing = new HashSet<>();
        if (!reached.isEmpty()) {
            for (CapturedEventsRepository.Named n : events.identifiers(reached.keySet())) {
                Key key = Key.of(n);
                if (key != null && reached.get(n.eventRowId()).contains(key) && !CONSUMING.contains(n.role())) {
                    producing.add(n.eventRowId());
                }
            }
        }
        reached.keySet().retainAll(producing);
        return reached;
    }

    private record Level(List<CapturedEventsRepository.Stored> stored,
                         Map<Long, List<CapturedEventsRepository.Named>> identifiers,
                         Map<Long, List<CapturedEventsRepository.Party>> parties) {
    }

    private Level read(List<Long> rowIds) {
        Map<Long, List<CapturedEventsRepository.Named>> identifiers = new HashMap<>();
        events.identifiers(rowIds).forEach(n -> identifiers.computeIfAbsent(n.eventRowId(), k -> new ArrayList<>()).add(n));
        Map<Long, List<CapturedEventsRepository.Party>> parties = new HashMap<>();
        events.parties(rowIds).forEach(p -> parties.computeIfAbsent(p.eventRowId(), k -> new ArrayList<>()).add(p));
        return new Level(events.events(rowIds), identifiers, parties);
    }

    private static ReportedEvent event(int level, CapturedEventsRepository.Stored e, List<CapturedEventsRepository.Named> ids,
                                       List<CapturedEventsRepository.Party> parties, Set<Long> lots, Set<String> leadsTo) {
        return new ReportedEvent(level, e.partnerId(), e.partnerName(), e.eventId(), e.type(), e.action(), e.bizStep(),
                e.disposition(), e.eventTime(), e.readPoint(), e.bizLocation(),
                uris(ids, Set.of("epc", "class", "parent", "child", "child-class")), uris(ids, INPUTS),
                uris(ids, Set.of("output", "output-class")),
                parties.stream().filter(p -> p.direction().equals("source")).map(CapturedEventsRepository.Party::party).toList(),
                parties.stream().filter(p -> p.direction().equals("destination")).map(CapturedEventsRepository.Party::party).toList(),
                List.copyOf(lots), List.copyOf(leadsTo));
    }

    private static List<String> uris(List<CapturedEventsRepository.Named> ids, Set<String> roles) {
        return ids.stream().filter(n -> roles.contains(n.role())).map(CapturedEventsRepository.Named::uri).toList();
    }
}
