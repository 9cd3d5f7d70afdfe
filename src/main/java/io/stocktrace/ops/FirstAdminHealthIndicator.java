package io.stocktrace.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness means someone can log in: the migrations ran (the users table is there) and the first admin exists.
 * The server listens a moment before the first admin is created; until then this is OUT_OF_SERVICE.
 */
@Component
class FirstAdminHealthIndicator implements HealthIndicator {
    private final JdbcClient jdbc;

    FirstAdminHealthIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        boolean adminExists = jdbc.sql("SELECT COUNT(*) FROM app_users").query(Long.class).single() > 0;
        return adminExists ? Health.up().build() : Health.outOfService().withDetail("reason", "no user yet").build();
    }
}
