package io.stocktrace.api;

import io.stocktrace.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST to the API with an Idempotency-Key runs once per caller and key: a repeat with the same body gets the
 * first answer again and changes nothing; a repeat with another body is refused. Only successful answers are
 * kept, since a failed request changed nothing and may be tried again.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (caller == null || key.isBlank() || key.length() > 200) {
            if (caller != null) {
                problems.write(response, ProblemType.VALIDATION_FAILED,
                        "Idempotency-Key must be 1 to 200 characters.", request.getRequestURI());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = sha256(request.getRequestURI() + "?" + request.getQueryString() + "\n", body);
        var stored = keys.find(caller.getName(), key);
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(hash)) {
                problems.write(response, ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                        + "' was already used for a different request.", request.getRequestURI());
                return;
            }
            stored.get().replay(response);
            return;
        }
        var cachingResponse = new ContentCachingResponseWrapper(response);
        chain.doFilter(new CachedBodyRequest(request, body), cachingResponse);
        int status = cachingResponse.getStatus();
        if (status >= 200 && status < 300) {
            keys.remember(caller.getName(), key, hash, status, cachingResponse.getContentType(),
                    cachingResponse.getHeader("Location"),
                    new String(cachingResponse.getContentAsByteArray(), StandardCharsets.UTF_8));
        }
        cachingResponse.copyBodyToResponse();
    }

    private static String sha256(String prefix, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
