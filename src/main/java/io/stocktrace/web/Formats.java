package io.stocktrace.web;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.catalog.Quantities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How pages write quantities and times (in the site's time zone): {@code ${@fmt.qty(q)}}, {@code ${@fmt.time(t)}}.
 * <p>
 * Dates: every date a page writes (a lot's dates, a day of a time) is ISO 8601, {@code 2026-12-07}, whatever the
 * reader's language: the one format of the API, the CSV exports, GS1 element strings and EPCIS, which a user pastes
 * from one to the other, and which no reader can take for another day (07/12 or 12/07). Only the date inputs of the
 * forms show the browser's own format, as its date picker does; what they send is ISO 8601 too.
 */
@Component("fmt")
public class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final SiteCalendar calendar;

    Formats(SiteCalendar calendar) {
        this.calendar = calendar;
    }

    public String qty(BigDecimal quantity) {
        return quantity == null ? "" : Quantities.plain(quantity);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(calendar.zone()).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.withZone(calendar.zone()).format(instant);
    }
}
