package io.stocktrace.api;

import io.stocktrace.db.CommittedWrites;
import io.stocktrace.db.DatabaseOutage;
import io.stocktrace.problem.StocktraceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors thrown by servlet filters, before or around Spring MVC (the API token lookup while the database is down,
 * a body over the limit read by the Idempotency-Key filter), become the same problems the exception handler
 * writes, instead of the servlet container's default error body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FilterProblems extends OncePerRequestFilter {
    private final ProblemResponses problems;

    FilterProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted() || !answer(e, request, response)) {
                throw e;
            }
        }
    }

    private boolean answer(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean api = request.getRequestURI().startsWith("/api/");
        StocktraceException problem = problemIn(e);
        if (problem != null && api) {
            response.resetBuffer();
            response.setHeader("Connection", "close");
            problems.write(response, problem.type(), problem.getMessage(), request.getRequestURI());
            return true;
        }
        if (!DatabaseOutage.isOutage(e)) {
            return false;
        }
        response.resetBuffer();
        if (api) {
            problems.writeDatabaseUnavailable(request, response, e);
        } else {
            unavailablePage(e, request, response);
        }
        return true;
    }

    /**
     * The page's own 503, written here: a page request meets the outage in a filter (its session's security stamp is
     * read before any controller runs), where the container's error dispatch would answer its default body.
     */
    private static void unavailablePage(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Database unavailable · Stocktrace</title></head>\n<body><main><h1>Database unavailable</h1><p>"
                + HtmlUtils.htmlEscape(DatabaseOutage.detail(e, CommittedWrites.anyIn(request)))
                + "</p></main></body></html>\n");
    }

    private static StocktraceException problemIn(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth++ < 20; t = t.getCause()) {
            if (t instanceof StocktraceException problem) {
                return problem;
            }
        }
        return null;
    }
}
