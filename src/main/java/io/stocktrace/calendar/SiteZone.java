package io.stocktrace.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site's time zone, read from the settings and kept for a few seconds: every validation asks for "today", and
 * another node's change of the setting reaches this one within that time (this node's own change at once).
 */
@Configuration
public class SiteZone implements Supplier<ZoneId> {
    private static final long KEPT_NANOS = Duration.ofSeconds(10).toNanos();
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Read read;

    private record Read(ZoneId zone, long readAtNanos) {
    }

    SiteZone(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    SiteCalendar siteCalendar() {
        return new SiteCalendar(clock, this);
    }

    @Override
    public ZoneId get() {
        Read r = read;
        long now = System.nanoTime();
        if (r == null || now - r.readAtNanos() > KEPT_NANOS) {
            r = new Read(ZoneId.of(jdbc.sql("SELECT time_zone FROM settings WHERE id = 1").query(String.class).single()), now);
            read = r;
        }
        return r.zone();
    }

    /** Forgets the zone read, after the setting changed. */
    public void changed() {
        read = null;
    }
}
