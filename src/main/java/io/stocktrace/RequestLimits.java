package io.stocktrace;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one API request may cost in bytes and time ({@code stocktrace.request-limits.*}); counts of lines and
 * serials are limited by the services.
 *
 * @param maxBodySize      the largest request body; a larger one is refused with 413 before or while it is read
 * @param bodyReadTimeout  the longest a request body may take to arrive, however it trickles; then 408
 */
public record RequestLimits(
        @DefaultValue("16MB") DataSize maxBodySize,
        @DefaultValue("60s") Duration bodyReadTimeout) {
}
