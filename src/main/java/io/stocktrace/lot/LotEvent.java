package io.stocktrace.lot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a lot's history besides its moves: a status change ({@code status}: from, to, who and why), an
 * expiry alert ({@code alert}: the alert and expiration dates it was raised for) or an edit of one field
 * ({@code change}: the field, its old and new value as text, who and when).
 */
public record LotEvent(long id, String event, String fromStatus, String toStatus, String reason, String actor,
                       Instant occurredAt, LocalDate alertDate, LocalDate expirationDate, String field,
                       String oldValue, String newValue) {
}
