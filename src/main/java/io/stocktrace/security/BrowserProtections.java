package io.stocktrace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of every answer. Pages run only the scripts of this site that carry this request's
 * nonce ({@code cspNonce}, which the layout puts on its script tags): an injected script or inline event handler
 * does not run. The API's answers are data and may load nothing. Swagger UI styles its elements inline.
 */
class BrowserProtections extends OncePerRequestFilter {
    static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String SWAGGER = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policyFor(request));
        chain.doFilter(request, response);
    }

    private String policyFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/swagger-ui")) {
            return SWAGGER;
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
