package io.stocktrace.trace;

import java.util.Collection;
import java.util.List;

/**
 * Where the trace crosses company lines: the events partners reported about the lots we received from them (by GTIN
 * and lot, or GTIN and serial), and level by level the events of their transformations' inputs, through every
 * partner whose events were captured. Implemented by the EPCIS capture.
 */
public interface ReportedUpstream {
    /** At most this many events: a trace stays bounded whatever partners report. */
    int MAX_EVENTS = 10_000;

    /** The reported events upstream of these lots (those of them we received from a vendor), by level. */
    List<ReportedEvent> upstreamOf(Collection<Long> lotIds);
}
