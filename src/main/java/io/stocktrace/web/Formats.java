package io.stocktrace.web;

import io.stocktrace.catalog.Quantities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How pages write quantities and times: {@code ${@fmt.qty(q)}}, {@code ${@fmt.time(t)}}. */
@Component("fmt")
public class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public String qty(BigDecimal quantity) {
        return quantity == null ? "" : Quantities.plain(quantity);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
