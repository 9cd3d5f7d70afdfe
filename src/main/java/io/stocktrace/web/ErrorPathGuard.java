package io.stocktrace.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /error renders the errors of other requests; asked for directly it has no error to show (Boot answered 500 with
 * status 999), so it is an address like any missing one: 404.
 */
@Configuration
class ErrorPathGuard {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPathOnlyForErrors() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
