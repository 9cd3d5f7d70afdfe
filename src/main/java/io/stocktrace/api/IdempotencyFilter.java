package io.stocktrace.api;

import io.stocktrace.ops.OperationalMetrics;
import io.stocktrace.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST to the API with an Idempotency-Key runs once per caller and key, even when repeats overlap: the key is
 * reserved before the request runs, a repeat with the same request gets the first answer again (or, while the
 * first still runs, a 409 with Retry-After), a repeat with another request is refused. See
 * {@link IdempotencyReservations} for what is kept and what frees the key.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    /** Answers that carry a secret shown once (a new API token) are never stored, so the key is not honoured. */
    private static final Pattern SECRET_ANSWERS = Pattern.compile("/api/v1/users/[^/]+/tokens/?");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private final IdempotencyReservations reservations;
    private final ProblemResponses problems;
    private final OperationalMetrics metrics;

    IdempotencyFilter(IdempotencyReservations reservations, ProblemResponses problems, OperationalMetrics metrics) {
        this.reservations = reservations;
        this.problems = problems;
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/")
                || SECRET_ANSWERS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            problems.write(response, ProblemType.VALIDATION_FAILED,
                    "Idempotency-Key must be 1 to 200 characters.", request.getRequestURI());
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = sha256(request.getRequestURI() + "?" + request.getQueryString() + "\n", body);
        IdempotencyDecision decision = reservations.reserve(caller.getName(), key, hash);
        if (decision instanceof IdempotencyDecision.Proceed proceed) {
            run(proceed.lease(), new CachedBodyRequest(request, body), response, chain);
        } else if (decision instanceof IdempotencyDecision.Replay replay) {
            metrics.idempotentReplay();
            replay.answer().replayTo(response);
        } else {
            refuse(decision, key, request, response);
        }
    }

    private void run(KeyLease lease, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answer = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        reservations.hold(lease);
        try {
            chain.doFilter(request, answer);
            answered = true;
        } finally {
            reservations.letGo(lease);
            finish(lease, answered ? storable(answer) : null);
        }
        answer.copyBodyToResponse();
    }

    private void finish(KeyLease lease, StoredAnswer answer) {
        try {
            reservations.finish(lease, answer);
        } catch (RuntimeException storeFailed) {
            // the caller still gets the answer; the ended lease tells a retry at once whether the work committed
            log.error("Could not store the answer of idempotency key reservation {}", lease.reservationId(), storeFailed);
            try {
                reservations.abandon(lease);
            } catch (RuntimeException stillFailing) {
                storeFailed.addSuppressed(stillFailing);
            }
        }
    }

    private static StoredAnswer storable(ContentCachingResponseWrapper answer) {
        return new StoredAnswer(answer.getStatus(), answer.getContentType(), answer.getHeader("Location"),
                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private void refuse(IdempotencyDecision decision, String key, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        if (decision instanceof IdempotencyDecision.InFlight inFlight) {
            response.setHeader("Retry-After", Long.toString(inFlight.retryAfter().toSeconds()));
            problems.write(response, ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, "A request with Idempotency-Key '"
                    + key + "' is still running; send this one again later to get its answer.", uri);
        } else if (decision instanceof IdempotencyDecision.AnswerLost lost) {
            problems.write(response, ProblemType.IDEMPOTENCY_KEY_ANSWER_LOST, "The request with Idempotency-Key '"
                    + key + "' was carried out at " + lost.workCommittedAt() + " but its answer was not kept. Do not "
                    + "send it again: read its result with GET (what it created is among the newest of its list).", uri,
                    Map.of("committedAt", lost.workCommittedAt().toString()));
        } else {
            problems.write(response, ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was already used for a different request.", uri);
        }
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
}
