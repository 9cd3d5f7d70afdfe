package io.stocktrace.epcis.capture;

import io.stocktrace.epcis.EpcIdentifiers;
import io.stocktrace.epcis.EpcisQuery;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Captured events answering an EPCIS query ({@code captured=true} on {@code GET /api/v1/epcis/events}), as partners
 * sent them: the same parameters as for our own events, identifiers compared as GS1 keys (URN and Digital Link
 * alike), an identifier that is no GTIN key compared as written.
 */
@Component
public class CapturedQuery {
    /** Captured events one query may reach before it must be narrowed (422). */
    public static final int MAX_EVENTS = 10_000;
    private static final Set<String> INSTANCE_ROLES = Set.of("epc", "parent", "child", "input", "output");

    private final CapturedEventsRepository events;
    private final JsonMapper json;

    CapturedQuery(CapturedEventsRepository events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /** The captured events answering the query, oldest first. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> matching(EpcisQuery query) {
        List<Wanted> instances = query.anyEpc().stream().map(Wanted::of).toList();
        List<Wanted> classes = query.epcClass().stream().map(Wanted::of).toList();
        boolean onlyGtins = !instances.isEmpty() || !classes.isEmpty();
        List<String> gtins = new ArrayList<>();
        for (Wanted w : concat(instances, classes)) {
            onlyGtins &= w.key().isPresent();
            w.key().ifPresent(k -> gtins.add(k.gtin14()));
        }
        List<Long> candidates = onlyGtins ? events.naming(gtins, query.from(), query.to(), MAX_EVENTS + 1)
                : events.between(query.from(), query.to(), MAX_EVENTS + 1);
        if (candidates.size() > MAX_EVENTS) {
            throw new StocktraceException(ProblemType.VALIDATION_FAILED, "The query reaches more than " + MAX_EVENTS
                    + " captured events: narrow it with MATCH_anyEPC, MATCH_epcClass, EQ_bizStep or a shorter window.");
        }
        Map<Long, List<CapturedEventsRepository.Named>> named = new HashMap<>();
        if (!candidates.isEmpty()) {
            events.identifiers(candidates).forEach(n -> named.computeIfAbsent(n.eventRowId(), k -> new ArrayList<>()).add(n));
        }
        List<Long> answering = candidates.stream()
                .filter(id -> instances.isEmpty() || names(named.getOrDefault(id, List.of()), instances, true))
                .filter(id -> classes.isEmpty() || names(named.getOrDefault(id, List.of()), classes, false))
                .toList();
        return answering.isEmpty() ? List.of() : events.events(answering).stream()
                .filter(e -> query.bizSteps().isEmpty() || query.bizSteps().contains(e.bizStep()))
                .map(e -> (Map<String, Object>) json.readValue(e.document(), Map.class)).toList();
    }

    /** A wanted identifier: as written, and as a GS1 key when it is one. */
    private record Wanted(String uri, Optional<EpcIdentifiers.EpcKey> key) {
        static Wanted of(String uri) {
            return new Wanted(uri, EpcIdentifiers.parse(uri));
        }

        boolean matches(CapturedEventsRepository.Named n) {
            if (key.isEmpty()) {
                return uri.equals(n.uri());
            }
            EpcIdentifiers.EpcKey k = key.get();
            boolean wholeGtin = k.serial() == null && k.lot() == null;
            return k.gtin14().equals(n.gtin()) && (wholeGtin
                    || (k.serial() != null ? k.serial().equals(n.serial()) : k.lot().equals(n.lot())));
        }
    }

    private static boolean names(List<CapturedEventsRepository.Named> named, List<Wanted> wanted, boolean instances) {
        return named.stream().filter(n -> INSTANCE_ROLES.contains(n.role()) == instances)
                .anyMatch(n -> wanted.stream().anyMatch(w -> w.matches(n)));
    }

    private static List<Wanted> concat(List<Wanted> a, List<Wanted> b) {
        List<Wanted> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
