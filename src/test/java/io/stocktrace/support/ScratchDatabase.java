package io.stocktrace.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of one test's own (its name prefixed faults_), on the server of the test database, created
 * empty and dropped afterwards, for tests that start their own server or take the database away.
 */
public final class ScratchDatabase {
    private final String name;

    public ScratchDatabase(String name) {
        this.name = name;
    }

    public String url() {
        return PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1) + name;
    }

    public void create() throws SQLException {
        drop();
        run("CREATE DATABASE " + name);
    }

    public void drop() throws SQLException {
        run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** No new connection is accepted, and every open one is ended: the database is gone for the application. */
    public void takeAway() throws SQLException {
        run("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    public void bringBack() throws SQLException {
        run("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    private void run(String sql) throws SQLException {
        try (Connection c = adminConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    // The server is shared by parallel test runs: when all its connections are taken, wait for one (53300)
    private static Connection adminConnection() throws SQLException {
        String adminUrl = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1) + "postgres";
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(adminUrl, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || attempt == 40) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
