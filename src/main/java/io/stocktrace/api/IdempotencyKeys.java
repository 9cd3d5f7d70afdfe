package io.stocktrace.api;

import io.stocktrace.db.Rows;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers given to requests that carried an Idempotency-Key. */
@Repository
class IdempotencyKeys {
    record Stored(String requestHash, int status, String contentType, String location, String body) {
        void replay(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            if (location != null) {
                response.setHeader("Location", location);
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Stored> find(String username, String key) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_type, response_location, response_body
                        FROM idempotency_keys
                        WHERE username = :username AND idempotency_key = :key
                        """)
                .param("username", username)
                .param("key", key)
                .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getInt("response_status"),
                        rs.getString("response_type"), rs.getString("response_location"), rs.getString("response_body")))
                .optional();
    }

    void remember(String username, String key, String hash, int status, String contentType, String location,
                  String body) {
        try {
            jdbc.sql("""
                            INSERT INTO idempotency_keys (username, idempotency_key, request_hash, response_status,
                                                          response_type, response_location, response_body, created_at)
                            VALUES (:username, :key, :hash, :status, :type, :location, :body, :now)
                            """)
                    .param("username", username)
                    .param("key", key)
                    .param("hash", hash)
                    .param("status", status)
                    .param("type", contentType)
                    .param("location", location)
                    .param("body", body)
                    .param("now", Rows.utc(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raceLost) {
            // a concurrent request with the same key stored its answer first; that one stands
        }
    }
}
