package io.stocktrace.security;

import io.stocktrace.db.Rows;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The login failures in {@code login_failures}, one row a key, counted by the UPDATE itself so that two nodes
 * counting the same key at once both count. Runs outside any transaction: each statement commits at once.
 */
@Repository
class LoginFailureRepository implements LoginFailureCounts {
    private static final int MAX_COUNT = 1_000_000;
    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Failures> find(String key, Instant forgetBefore) {
        return jdbc.sql("""
                        SELECT failures, last_failed_at FROM login_failures
                        WHERE throttle_key = :key AND last_failed_at >= :forgetBefore
                        """)
                .param("key", key)
                .param("forgetBefore", Rows.utc(forgetBefore))
                .query((rs, n) -> new Failures(rs.getInt("failures"), Rows.instant(rs, "last_failed_at")))
                .optional();
    }

    @Override
    public void add(String key, Instant now, Instant forgetBefore) {
        if (increment(key, now, forgetBefore)) {
            return;
        }
        try {
            jdbc.sql("""
                            INSERT INTO login_failures (throttle_key, failures, last_failed_at)
                            VALUES (:key, 1, :now)
                            """)
                    .param("key", key)
                    .param("now", Rows.utc(now))
                    .update();
        } catch (DuplicateKeyException countedMeanwhile) {
            // another node inserted the key between our UPDATE and INSERT: count on its row
            increment(key, now, forgetBefore);
        }
    }

    private boolean increment(String key, Instant now, Instant forgetBefore) {
        return jdbc.sql("""
                        UPDATE login_failures
                        SET failures = CASE WHEN last_failed_at < :forgetBefore THEN 1
                                            ELSE LEAST(failures + 1, :max) END,
                            last_failed_at = :now
                        WHERE throttle_key = :key
                        """)
                .param("key", key)
                .param("now", Rows.utc(now))
                .param("forgetBefore", Rows.utc(forgetBefore))
                .param("max", MAX_COUNT)
                .update() == 1;
    }

    @Override
    public void clear(String key) {
        jdbc.sql("DELETE FROM login_failures WHERE throttle_key = :key").param("key", key).update();
    }

    @Override
    public void clearAll() {
        jdbc.sql("DELETE FROM login_failures").update();
    }

    @Override
    public int forgetOlderThan(Instant forgetBefore) {
        return jdbc.sql("DELETE FROM login_failures WHERE last_failed_at < :forgetBefore")
                .param("forgetBefore", Rows.utc(forgetBefore))
                .update();
    }
}
