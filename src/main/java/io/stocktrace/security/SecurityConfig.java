package io.stocktrace.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.stocktrace.api.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may do what. Roles, lowest first: viewer reads; operator creates and validates operations; manager owns
 * products, locations, partners, lots, recalls and settings; admin owns users.
 */
@Configuration
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/users/**", "/api/v1/backups").hasRole("ADMIN")
                        .requestMatchers("/api/v1/ledger/**").hasRole("MANAGER")
                        .requestMatchers(GET, "/api/**").hasRole("VIEWER")
                        .requestMatchers(POST, "/api/v1/products/*/lot-list/parse", "/api/v1/gs1/parse")
                        .hasRole("VIEWER")
                        .requestMatchers(POST, "/api/v1/transfers", "/api/v1/transfers/**",
                                "/api/v1/manufacturing-orders", "/api/v1/manufacturing-orders/**",
                                "/api/v1/scraps", "/api/v1/products/*/serial-numbers/generate",
                                "/api/v1/products/*/next-names")
                        .hasRole("OPERATOR")
                        .anyRequest().hasRole("MANAGER"));
        return http.build();
    }

    // The web pages: a login form and a session, CSRF on every form; the roles of the API.
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error",
                                "/login", "/css/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/users", "/users/**", "/actuator/prometheus").hasRole("ADMIN")
                        .requestMatchers("/lots/*/recall", "/lots/*/release", "/inventory-count").hasRole("MANAGER")
                        .requestMatchers(POST, "/settings").hasRole("MANAGER")
                        .requestMatchers(POST, "/products/**", "/partners/**", "/locations/**").hasRole("MANAGER")
                        .requestMatchers(POST, "/**").hasRole("OPERATOR")
                        .anyRequest().hasRole("VIEWER"))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
