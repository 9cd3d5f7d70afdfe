package io.stocktrace.epcis.capture;

import java.time.Instant;
import java.util.List;

/**
 * A captured document's progress: {@code running}, then {@code success} (its new events stored, those already
 * captured skipped) or {@code failure} (every error found, nothing stored).
 */
public record CaptureJob(long id, long partnerId, String state, int eventCount, int capturedCount, List<String> errors,
                         String createdBy, Instant createdAt, Instant finishedAt) {
    public static final String RUNNING = "running";
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
}
