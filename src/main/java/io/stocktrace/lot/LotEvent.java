package io.stocktrace.lot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a lot's history besides its moves: a status change ({@code status}: from, to, who and why) or an
 * expiry alert ({@code alert}: the alert and expiration dates it was raised for).
 */
public record LotEvent(long id, String event, String fromStatus, String toStatus, String reason, String actor,
                       Instant occurredAt, LocalDate alertDate, LocalDate expirationDate) {
}
