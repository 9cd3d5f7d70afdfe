package io.stocktrace.web;

import io.stocktrace.api.FormSubmissions;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/** Wires the one-time tokens of the page forms: the hidden field into every POST form, the check before each POST. */
@Configuration(proxyBeanMethods = false)
class SubmitOnceConfig implements WebMvcConfigurer {
    /** The name Spring MVC's views look the processor up by (Spring Security registers its CSRF one under it). */
    private static final String PROCESSOR = "requestDataValueProcessor";
    private final FormSubmissions submissions;

    SubmitOnceConfig(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    @Bean
    static BeanPostProcessor submitOnceFields() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return PROCESSOR.equals(name) && bean instanceof RequestDataValueProcessor csrf
                        ? new SubmitOnceFields(csrf) : bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SubmitOnce(submissions));
    }
}
