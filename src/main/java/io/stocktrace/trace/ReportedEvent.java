package io.stocktrace.trace;

import java.time.Instant;
import java.util.List;

/**
 * An event a partner reported (an EPCIS capture), reached upstream of our lots: at {@code level} 1 it names one of our
 * received lots ({@code lotIds}); at level n+1 it names an input of a transformation at level n ({@code leadsTo}, the
 * eventIDs of those). Reported by that partner, not our ledger: it never counts in our mass balance.
 */
public record ReportedEvent(int level, long partnerId, String partnerName, String eventId, String eventType, String action,
                            String bizStep, String disposition, Instant eventTime, String readPoint, String bizLocation,
                            List<String> epcs, List<String> inputs, List<String> outputs, List<String> sources,
                            List<String> destinations, List<Long> lotIds, List<String> leadsTo) {
}
