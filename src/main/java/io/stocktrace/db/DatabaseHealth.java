package io.stocktrace.db;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, answered within a bound: a database that does not answer is
 * reported DOWN at once instead of holding the probe for the pool's whole connection timeout. Probes arriving
 * while a check runs share it, so a stuck database never piles up threads.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {
    private static final Duration BOUND = Duration.ofMillis(500);
    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Health> running;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try {
            return check().get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + BOUND.toMillis() + " ms").build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }

    private synchronized CompletableFuture<Health> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::validate, checker);
        }
        return running;
    }

    private Health validate() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1)
                    ? Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build()
                    : Health.down().withDetail("error", "the connection is not valid").build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
