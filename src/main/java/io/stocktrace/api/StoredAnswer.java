package io.stocktrace.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The answer given to a request that carried an Idempotency-Key, as kept for its replays. */
record StoredAnswer(int status, String contentType, String location, String body) {
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    boolean successful() {
        return status >= 200 && status < 300;
    }

    void replayTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (location != null) {
            response.setHeader("Location", location);
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
