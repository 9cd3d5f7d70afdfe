package io.stocktrace.db;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The functions {@code local_day} and {@code day_start} of the H2 migrations (PostgreSQL's are written in SQL). */
public final class H2Days {
    private H2Days() {
    }

    public static LocalDate localDay(OffsetDateTime instant, String zone) {
        return instant == null ? null : instant.atZoneSameInstant(ZoneId.of(zone)).toLocalDate();
    }

    public static OffsetDateTime dayStart(LocalDate day, String zone) {
        return day == null ? null : day.atStartOfDay(ZoneId.of(zone)).toOffsetDateTime();
    }
}
