package io.stocktrace.calendar;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Days as the site lives them: "today" for expiry, FSMA and removal dates, and the calendar day of an instant, in the
 * site's time zone (a setting) rather than UTC's, so that a site at UTC+14 or UTC-11 sees its own dates.
 */
public class SiteCalendar {
    private final Clock clock;
    private final Supplier<ZoneId> zone;

    public SiteCalendar(Clock clock, Supplier<ZoneId> zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** A calendar whose site lives in the clock's own zone: for tests and tools. */
    public static SiteCalendar of(Clock clock) {
        return new SiteCalendar(clock, clock::getZone);
    }

    /** A time zone as a user writes it (Europe/Paris, UTC, +14:00), or a validation problem on {@code field}. */
    public static ZoneId zoneOf(String text, String field) {
        try {
            if (text != null && !text.isBlank() && text.strip().length() <= 64) {
                return ZoneId.of(text.strip());
            }
        } catch (DateTimeException unknown) {
            // answered below, as for a blank or overlong name
        }
        throw StocktraceException.atField(ProblemType.VALIDATION_FAILED, field,
                "is not a time zone: give a name such as Europe/Paris, America/New_York or UTC");
    }

    public ZoneId zone() {
        return zone.get();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }
}
