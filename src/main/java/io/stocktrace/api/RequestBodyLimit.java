package io.stocktrace.api;

import io.stocktrace.RequestLimits;
import io.stocktrace.StocktraceProperties;
import io.stocktrace.problem.ProblemType;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API reads no body larger than the limit, nor one that takes longer than the limit to arrive: a declared
 * Content-Length over the limit is refused before a byte is read; a body without one (chunked) is counted as it
 * streams and refused at the first byte over (413 payload-too-large); a body that stalls or trickles is refused
 * with 408 request-timeout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class RequestBodyLimit extends OncePerRequestFilter {
    private final RequestLimits limits;
    private final ProblemResponses problems;

    RequestBodyLimit(StocktraceProperties properties, ProblemResponses problems) {
        this.limits = properties.requestLimits();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Object uri = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        return !(uri instanceof String path && path.startsWith("/api/"));
    }

    // Tomcat answers a body read that times out itself (sendError 408) and forwards to /error: answer as a problem
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(HttpServletResponse.SC_REQUEST_TIMEOUT)
                    .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                problems.write(response, ProblemType.REQUEST_TIMEOUT, LimitedBody.stalled(),
                        (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limits.maxBodySize().toBytes()) {
            // the body stays unread: close the connection rather than let the server swallow it
            response.setHeader("Connection", "close");
            problems.write(response, ProblemType.PAYLOAD_TOO_LARGE, LimitedBody.tooLarge(limits), request.getRequestURI());
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limits), response);
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final RequestLimits limits;
        private ServletInputStream body;

        LimitedBodyRequest(HttpServletRequest request, RequestLimits limits) {
            super(request);
            this.limits = limits;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedBody(super.getInputStream(), limits);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
