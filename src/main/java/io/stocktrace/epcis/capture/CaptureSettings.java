package io.stocktrace.epcis.capture;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stocktrace.epcis.capture.*}: how much one capture may carry, and where GS1's EPCIS JSON Schema is (GS1's
 * terms keep it out of the jar: the first of {@code schemaFiles} that exists is used; with none, only the checks of
 * {@link EventIndex} apply and the start says so).
 *
 * @param maxBytes     bytes of one captured document (422 {@code limit-exceeded}, {@code epcisCaptureBytes})
 * @param maxEvents    events of one captured document (422 {@code limit-exceeded}, {@code epcisEventsPerCapture})
 * @param schemaFiles  where to look for {@code EPCIS-JSON-Schema.json}, in order
 */
@ConfigurationProperties("stocktrace.epcis.capture")
public record CaptureSettings(
        @DefaultValue("8000000") int maxBytes,
        @DefaultValue("10000") int maxEvents,
        @DefaultValue("../shared/research/epcis/EPCIS-JSON-Schema.json") List<String> schemaFiles) {
}
