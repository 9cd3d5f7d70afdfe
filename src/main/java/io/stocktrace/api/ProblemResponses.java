package io.stocktrace.api;

import io.stocktrace.ops.OperationalMetrics;
import io.stocktrace.ops.RequestIdFilter;
import io.stocktrace.db.CommittedWrites;
import io.stocktrace.db.DatabaseOutage;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Renders problems as RFC 9457 problem+json, for MVC handlers and for the security filters alike. */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private final JsonMapper json;
    private final OperationalMetrics metrics;

    public ProblemResponses(JsonMapper json, OperationalMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    public static Map<String, Object> body(ProblemType type, String detail, List<FieldProblem> errors,
                                           Map<String, Object> properties, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.typeUri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("code", type.code());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        properties.forEach(body::putIfAbsent);
        return body;
    }

    public static ResponseEntity<Object> entity(StocktraceException e, String instance) {
        return ResponseEntity.status(e.type().status())
                .contentType(PROBLEM_JSON)
                .body(body(e.type(), e.getMessage(), e.errors(), e.properties(), instance));
    }

    /** 503 with Retry-After: the database cannot be reached (a pool timeout, a refused or broken connection). */
    public static ResponseEntity<Object> databaseUnavailable(Throwable error, HttpServletRequest request) {
        return ResponseEntity.status(ProblemType.DATABASE_UNAVAILABLE.status())
                .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .contentType(PROBLEM_JSON)
                .body(body(ProblemType.DATABASE_UNAVAILABLE, DatabaseOutage.detail(error, CommittedWrites.anyIn(request)),
                        List.of(), Map.of(), request.getRequestURI()));
    }

    /** The same 503 from a servlet filter, outside Spring MVC (the token lookup, the password check). */
    public void writeDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response, Throwable error)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        write(response, ProblemType.DATABASE_UNAVAILABLE, DatabaseOutage.detail(error, CommittedWrites.anyIn(request)),
                request.getRequestURI());
    }

    public void write(HttpServletResponse response, ProblemType type, String detail, String instance) throws IOException {
        write(response, type, detail, instance, Map.of());
    }

    public void write(HttpServletResponse response, ProblemType type, String detail, String instance,
                      Map<String, Object> properties) throws IOException {
        metrics.rejected(type.code());
        response.setStatus(type.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(type, detail, List.of(), properties, instance));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.isOutage(e)) {
            // the password could not be checked: not the caller's fault, so no 401 that would make them retype it
            writeDatabaseUnavailable(request, response, e);
            return;
        }
        if (e instanceof TooManyLogins throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            write(response, ProblemType.TOO_MANY_ATTEMPTS, "Too many failed logins for this user or from this address;"
                    + " try again in " + throttled.retryAfterSeconds() + " seconds.", request.getRequestURI());
            return;
        }
        if (!fromBrowser(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Stocktrace\"");
        }
        write(response, ProblemType.UNAUTHORIZED,
                "Send HTTP Basic credentials or an Authorization: Bearer token; the ones sent, if any, were not accepted.",
                request.getRequestURI());
    }

    /**
     * A browser that got a Basic challenge would ask for a password and then send it with every request to this site,
     * cross-site forms included: scripts (X-Requested-With) and pages (Accept: text/html) get the 401 without one.
     */
    private static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("X-Requested-With") != null || accept != null && accept.contains("text/html");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ProblemType.FORBIDDEN, "Your role does not allow " + request.getMethod() + " "
                + request.getRequestURI() + ".", request.getRequestURI());
    }
}
