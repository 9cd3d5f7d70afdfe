package io.stocktrace.limits;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC's JSON mapper reads bodies under the limits' {@link StreamReadConstraints}. Jackson 3 fixes the
 * factory (where the constraints live) when the mapper's builder is made, and Boot 4.0 makes its builder with the
 * default factory, so this builder replaces Boot's and applies every customizer as Boot's does.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    JsonMapper.Builder stocktraceJsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers, Limits limits) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(constraints(limits)).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder()
                .maxStringLength(limits.jsonStringLength())
                .maxNestingDepth(limits.jsonNestingDepth())
                .maxNumberLength(limits.jsonNumberLength())
                .maxDocumentLength(limits.jsonDocumentLength())
                .build();
    }
}
