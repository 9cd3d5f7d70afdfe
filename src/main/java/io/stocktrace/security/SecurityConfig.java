package io.stocktrace.security;

import static org.springframework.http.HttpMethod.GET;

import io.stocktrace.api.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may come in. Roles, lowest first: viewer reads; operator creates and validates operations; manager owns
 * products, locations, partners, lots, recalls and settings; admin owns users. Which role a write needs is declared
 * once, on the service method ({@link Requires}); the URL rules here only let signed-in users in (and keep the user
 * administration and the manager-only forms out of sight).
 */
@Configuration
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Spring Security's own observations off: they wrapped each filter of the chain in an observation whose events
     * each looked up a counter, and observed every authorization and authentication, on every request, for
     * {@code spring.security.*} metrics nothing reads; {@code http.server.requests} still times every request
     * (docs/benchmarks.md, issue 17 item 2).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("MANAGER")
                .role("MANAGER").implies("OPERATOR")
                .role("OPERATOR").implies("VIEWER")
                .build();
    }

    // Only a served application filters requests; the CLI (verify) starts without a web server and has no HttpSecurity.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, UserRepository users, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new TokenAuthenticationFilter(users, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new BrowserProtections(), HeaderWriterFilter.class)
                .headers(SecurityConfig::browserHeaders)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // what each write needs is the service method's @Requires (MethodSecurityConfig), not a URL rule
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/users/**", "/api/v1/backups").hasRole("ADMIN")
                        .requestMatchers("/api/v1/ledger/**").hasRole("MANAGER")
                        .anyRequest().hasRole("VIEWER"));
        return http.build();
    }

    // The web pages: a login form and a session, CSRF on every form; the roles of the API.
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain site(HttpSecurity http, UserRepository users, ProblemResponses problems, LoginFailures failures)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error",
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        // the forms only an admin or a manager can send; sending one is refused by the service's
                        // @Requires, with the 403 page
                        .requestMatchers(GET, "/users", "/users/**").hasRole("ADMIN")
                        .requestMatchers(GET, "/lots/*/recall", "/inventory-count").hasRole("MANAGER")
                        .anyRequest().hasRole("VIEWER"))
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new SessionStampCheck(users), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new BrowserProtections(), HeaderWriterFilter.class)
                .headers(SecurityConfig::browserHeaders);
        return http.build();
    }

    // Beside Spring Security's defaults (nosniff, frame DENY, no-store, HSTS on HTTPS requests only).
    private static void browserHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }
}
