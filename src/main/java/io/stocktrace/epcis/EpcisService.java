package io.stocktrace.epcis;

import io.stocktrace.lot.LotService;
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
    private final TraceService traces;
    private final SettingsService settings;
    private final EpcisRepository facts;
    private final Clock clock;

    EpcisService(LotService lots, TraceService traces, SettingsService settings, EpcisRepository facts, Clock clock) {
        this.lots = lots;
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
        Gs1Settings gs1 = settings.gs1();
        EpcisEvents events = new EpcisEvents(new EpcIdentifiers(gs1.companyPrefixes(), gs1.urns()), gs1.siteGln(),
                facts.lots(lotIds));
        return document(events.events(facts.moves(lotIds), facts.recalls(lotIds)));
    }

    private Map<String, Object> document(List<Map<String, Object>> eventList) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        document.put("epcisBody", Map.of("eventList", new ArrayList<>(eventList)));
        return document;
    }
}
