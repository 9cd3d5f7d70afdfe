package io.stocktrace.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Readiness before and after the first admin, on a database of its own (the shared test databases always hold the
 * admin); the packaged server's start is covered by BackupRestoreIT, which logs in the moment readiness says UP.
 */
class FirstAdminHealthIndicatorIT {
    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
            "jdbc:h2:mem:ops-readiness-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", ""));

    @Test
    void out_of_service_until_the_first_user_exists_then_up() {
        jdbc.sql("CREATE TABLE app_users (id bigint PRIMARY KEY, username varchar(64))").update();
        FirstAdminHealthIndicator readiness = new FirstAdminHealthIndicator(jdbc);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        jdbc.sql("INSERT INTO app_users (id, username) VALUES (1, 'admin')").update();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void down_before_the_migrations_created_the_users_table() {
        assertThat(new FirstAdminHealthIndicator(jdbc).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
