package io.stocktrace.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests when the test database can be reached, created anew once per test run so that every
 * run migrates an empty database and no earlier run's schema or rows leak in. Without PostgreSQL the
 * tests are skipped with the reason, except under CI=true, where an unreachable PostgreSQL fails the build.
 */
public class PostgresAvailable implements ExecutionCondition {
    public static final String URL = env("STOCKTRACE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/stocktrace_test");
    public static final String USER = env("STOCKTRACE_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("STOCKTRACE_TEST_POSTGRES_PASSWORD", "");
    private static volatile String failure;
    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!checked) {
            failure = ensureDatabase();
            checked = true;
        }
        if (failure == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and PostgreSQL is unreachable at " + URL + ": " + failure);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL unreachable at " + URL + " (" + failure
                + "); set CI=true to make this a failure");
    }

    private static String ensureDatabase() {
        String database = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String adminUrl = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, USER, PASSWORD);
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (var st = c.createStatement()) {
                if (exists.executeQuery().next()) {
                    st.execute("DROP DATABASE \"" + database + "\" WITH (FORCE)");
                }
                st.execute("CREATE DATABASE \"" + database + "\"");
            }
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
