package io.stocktrace.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Quantities are written as plain decimals without trailing zeros (12.5, never 12.5000 or 1.25E+1); a body with
 * trailing garbage is refused; dates are refused outside {@link DateRange}.
 */
@Configuration
class JsonSettings {
    @Bean
    JsonMapperBuilderCustomizer stocktraceJson() {
        return builder -> builder
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("stocktrace-quantities").addSerializer(BigDecimal.class, new PlainDecimal()))
                .addModule(new SimpleModule("stocktrace-dates").addDeserializer(LocalDate.class, new SaneDate()));
    }

    /** A date as yyyy-MM-dd within {@link DateRange}; anything else is refused naming its field. */
    private static final class SaneDate extends StdDeserializer<LocalDate> {
        SaneDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            return DateRange.parse(text).orElseThrow(() -> context.weirdStringException(text, LocalDate.class,
                    DateRange.RULE));
        }
    }

    private static final class PlainDecimal extends StdSerializer<BigDecimal> {
        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
            gen.writeNumber(value.stripTrailingZeros());
        }
    }
}
