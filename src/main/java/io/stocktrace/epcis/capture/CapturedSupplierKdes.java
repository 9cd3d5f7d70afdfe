package io.stocktrace.epcis.capture;

import io.stocktrace.catalog.Gtin;
import io.stocktrace.report.SupplierKdes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supplier KDEs of received lots, from the events partners sent us: the vendor's shipping event naming the lot
 * (GTIN + lot, or GTIN + serial for a serial) gives the ship-from location (its source of type location, else its
 * readPoint, else its bizLocation) and the party (the vendor); the event that made the lot, whoever reported it (a
 * transformation's output, or an object event adding it: commissioning, packing), gives the traceability lot code
 * source (its bizLocation, else its readPoint; described as the event's bizLocation describes itself, else as the
 * reporting partner at that GLN). A lot packed into a pallet or
 * case is shipped by the shipping of that parent. At most four queries for all the receipts, whatever their
 * number.
 */
@Component
class CapturedSupplierKdes implements SupplierKdes {
    private static final Set<String> SHIPPING = Set.of("shipping", "departing");
    private static final Set<String> MAKING = Set.of("commissioning", "packing", "creating_class_instance");
    private static final Set<String> OUTPUTS = Set.of("output", "output-class");
    private static final JsonMapper JSON = JsonMapper.shared();
    /** A description is a spreadsheet cell: an event's longer one is cut there. */
    static final int MAX_DESCRIPTION = 1024;
    private static final Comparator<SupplierEventsRepository.Naming> BY_TIME =
            Comparator.comparing(SupplierEventsRepository.Naming::eventTime).thenComparing(SupplierEventsRepository.Naming::rowId);

    private final SupplierEventsRepository events;

    CapturedSupplierKdes(SupplierEventsRepository events) {
        this.events = events;
    }

    private record Key(String gtin, String name) {
    }

    private record Place(String description, String gln) {
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, SupplierKde> forReceipts(List<ReceivedLot> receipts) {
        Map<Key, List<ReceivedLot>> byKey = new LinkedHashMap<>();
        for (ReceivedLot r : receipts) {
            if (r.gtin() != null && r.gtin().length() <= 14 && r.lotName() != null) {
                byKey.computeIfAbsent(new Key(Gtin.normalize(r.gtin()), r.lotName()), k -> new ArrayList<>()).add(r);
            }
        }
        if (byKey.isEmpty()) {
            return Map.of();
        }
        Map<Key, List<SupplierEventsRepository.Naming>> named = named(byKey.keySet());
        Map<Key, List<SupplierEventsRepository.Naming>> shippings = shippings(named);
        Map<Long, SupplierEventsRepository.Naming> shipped = new HashMap<>();
        byKey.forEach((key, lines) -> lines.forEach(r -> shipping(shippings.getOrDefault(key, List.of()), r)
                .ifPresent(e -> shipped.put(r.moveLineId(), e))));
        Map<Long, List<SupplierEventsRepository.Source>> sources = sources(shipped.values());
        Map<Long, SupplierKde> kdes = new HashMap<>();
        byKey.forEach((key, lines) -> {
            Place tlcSource = making(named.getOrDefault(key, List.of())).map(CapturedSupplierKdes::tlcSource).orElse(null);
            for (ReceivedLot r : lines) {
                SupplierEventsRepository.Naming shipping = shipped.get(r.moveLineId());
                Place from = shipping == null ? null : shipFrom(shipping, sources.getOrDefault(shipping.rowId(), List.of()));
                if (from != null || tlcSource != null) {
                    kdes.put(r.moveLineId(), new SupplierKde(key.name(), tlcSource == null ? null : tlcSource.description(),
                            tlcSource == null ? null : tlcSource.gln(), from == null ? null : from.description(),
                            from == null ? null : from.gln(), shipping == null ? null : shipping.partnerName()));
                }
            }
        });
        return kdes;
    }

    /** The sources of these shipping events, by event. */
    private Map<Long, List<SupplierEventsRepository.Source>> sources(Collection<SupplierEventsRepository.Naming> shipped) {
        Map<Long, List<SupplierEventsRepository.Source>> sources = new HashMap<>();
        if (!shipped.isEmpty()) {
            events.sources(shipped.stream().map(SupplierEventsRepository.Naming::rowId).distinct().toList())
                    .forEach(s -> sources.computeIfAbsent(s.eventRowId(), k -> new ArrayList<>()).add(s));
        }
        return sources;
    }

    /** The events naming each key, by its lot or by its serial. */
    private Map<Key, List<SupplierEventsRepository.Naming>> named(Collection<Key> keys) {
        List<String> gtins = keys.stream().map(Key::gtin).toList();
        List<String> names = keys.stream().map(Key::name).toList();
        Map<Key, List<SupplierEventsRepository.Naming>> named = new HashMap<>();
        Stream.concat(events.naming(gtins, names, false).stream(), events.naming(gtins, names, true).stream())
                .forEach(n -> named.computeIfAbsent(new Key(n.gtin(), n.name()), k -> new ArrayList<>()).add(n));
        return named;
    }

    /**
     * The events that may ship each lot: those naming it, and the shipping of a pallet or case an aggregation packed it
     * into (the shipping names the parent alone); by time.
     */
    private Map<Key, List<SupplierEventsRepository.Naming>> shippings(Map<Key, List<SupplierEventsRepository.Naming>> named) {
        List<Long> packings = named.values().stream().flatMap(List::stream)
                .filter(n -> "AggregationEvent".equals(n.type()) && "ADD".equals(n.action()) && n.role().startsWith("child"))
                .map(SupplierEventsRepository.Naming::rowId).distinct().toList();
        Map<Long, List<SupplierEventsRepository.Naming>> packed = new HashMap<>();
        if (!packings.isEmpty()) {
            events.shippingOfParents(packings)
                    .forEach(p -> packed.computeIfAbsent(p.packingRowId(), k -> new ArrayList<>()).add(p.shipping()));
        }
        Map<Key, List<SupplierEventsRepository.Naming>> shippings = new HashMap<>();
        named.forEach((key, list) -> shippings.put(key, Stream.concat(list.stream(),
                        list.stream().flatMap(n -> packed.getOrDefault(n.rowId(), List.of()).stream()))
                .sorted(BY_TIME)
                .toList()));
        return shippings;
    }

    /** The vendor's shipping of the lot: the last one before the receipt, else (clocks differ) the first after. */
    private static Optional<SupplierEventsRepository.Naming> shipping(List<SupplierEventsRepository.Naming> named,
                                                                       ReceivedLot r) {
        List<SupplierEventsRepository.Naming> ships = named.stream()
                .filter(n -> r.partnerId() != null && n.partnerId() == r.partnerId() && n.bizStep() != null
                        && SHIPPING.contains(n.bizStep())
                        && !"DELETE".equals(n.action()))
                .toList();
        Optional<SupplierEventsRepository.Naming> before = ships.stream()
                .filter(n -> r.receivedAt() == null || !n.eventTime().isAfter(r.receivedAt())).reduce((a, b) -> b);
        return before.isPresent() ? before : ships.stream().findFirst();
    }

    /** The first event that made the lot, whoever reported it. */
    private static Optional<SupplierEventsRepository.Naming> making(List<SupplierEventsRepository.Naming> named) {
        return named.stream()
                .filter(n -> "TransformationEvent".equals(n.type()) ? OUTPUTS.contains(n.role())
                        : "ObjectEvent".equals(n.type()) && "ADD".equals(n.action())
                          && (n.bizStep() == null || MAKING.contains(n.bizStep())))
                .min(BY_TIME);
    }

    private static Place shipFrom(SupplierEventsRepository.Naming shipping, List<SupplierEventsRepository.Source> sources) {
        Stream<String> locations = sources.stream().filter(s -> s.type().endsWith("location"))
                .map(SupplierEventsRepository.Source::source);
        List<String> candidates = Stream.concat(locations, Stream.of(shipping.readPoint(), shipping.bizLocation()))
                .filter(java.util.Objects::nonNull).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        for (String id : candidates) {
            Optional<String> gln = LocationGln.of(id);
            if (gln.isPresent()) {
                return new Place(shipping.partnerName() + ", GLN " + gln.get(), gln.get());
            }
        }
        return new Place(shipping.partnerName() + ", " + candidates.get(0), null);
    }

    private static Place tlcSource(SupplierEventsRepository.Naming made) {
        String location = made.bizLocation() != null ? made.bizLocation() : made.readPoint();
        if (location == null) {
            return null;
        }
        String gln = LocationGln.of(location).orElse(null);
        String described = described(made.document());
        if (described != null) {
            return new Place(described, gln);
        }
        return new Place(made.partnerName() + ", " + (gln != null ? "GLN " + gln : location), gln);
    }

    /**
     * The description an event gives its bizLocation, when it carries one: the text members beside its id (a name, an
     * address, a city...), in their order, at most {@link #MAX_DESCRIPTION} characters.
     */
    static String described(String document) {
        if (document == null) {
            return null;
        }
        try {
            JsonNode location = JSON.readTree(document).path("bizLocation");
            StringJoiner parts = new StringJoiner(", ");
            location.properties().forEach(p -> {
                if (!p.getKey().equals("id") && p.getValue().isString() && !p.getValue().asString().isBlank()) {
                    parts.add(p.getValue().asString().strip());
                }
            });
            String text = parts.toString();
            if (text.isEmpty()) {
                return null;
            }
            return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
        } catch (JacksonException e) {
            return null;
        }
    }
}
