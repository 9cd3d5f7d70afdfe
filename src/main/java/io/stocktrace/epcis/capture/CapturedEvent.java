package io.stocktrace.epcis.capture;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One event of a captured document: its JSON as received and what is looked up in it. {@code errorDeclaration}
 * tells an error declaration apart from the event it corrects, which carries the same eventID.
 */
public record CapturedEvent(int index, String eventId, boolean errorDeclaration, String type, String action,
                            String bizStep, String disposition, Instant eventTime, String eventTimeZoneOffset,
                            String readPoint, String bizLocation, String json, List<Epc> epcs, List<Party> parties) {

    /**
     * An identifier the event names, in a role: {@code epc}, {@code parent}, {@code child}, {@code input},
     * {@code output} (instances) or {@code class}, {@code child-class}, {@code input-class}, {@code output-class}
     * (quantities); with the GTIN and lot or serial it names, when it names one.
     */
    public record Epc(String role, String uri, String gtin, String lot, String serial, BigDecimal quantity, String uom) {
    }

    /** A source or destination: {@code direction} source or destination, its CBV type and its identifier. */
    public record Party(String direction, String type, String id) {
    }

    /** What makes an event the same as one already captured from the same partner. */
    public String key() {
        return (errorDeclaration ? "declaration|" : "event|") + eventId;
    }
}
