package io.stocktrace.ops;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness means someone can log in: the migrations ran (the users table is there) and the first admin exists.
 * The server listens a moment before the first admin is created; until then this is OUT_OF_SERVICE, and DOWN when the
 * database cannot answer.
 */
@Component
class FirstAdminHealthIndicator extends AbstractHealthIndicator {
    private final JdbcClient jdbc;
    private volatile boolean adminExists;

    FirstAdminHealthIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        // users are never all deleted: once one exists the answer stays, and the probe no longer waits on a database
        // that is away (the database check, bounded in time, reports that)
        if (!adminExists) {
            adminExists = jdbc.sql("SELECT COUNT(*) FROM app_users").query(Long.class).single() > 0;
        }
        if (adminExists) {
            health.up();
        } else {
            health.outOfService().withDetail("reason", "no user yet");
        }
    }
}
