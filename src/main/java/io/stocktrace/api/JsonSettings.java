package io.stocktrace.api;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Quantities are written as plain decimals without trailing zeros (12.5, never 12.5000 or 1.25E+1); a body with
 * trailing garbage is refused.
 */
@Configuration
class JsonSettings {
    @Bean
    JsonMapperBuilderCustomizer stocktraceJson() {
        return builder -> builder
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("stocktrace-quantities").addSerializer(BigDecimal.class, new PlainDecimal()));
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
