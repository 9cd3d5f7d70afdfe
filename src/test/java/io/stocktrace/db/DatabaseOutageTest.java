package io.stocktrace.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {
    private static final SQLTransientConnectionException POOL_TIMEOUT =
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 1000ms");

    @Test
    void a_request_that_never_got_a_connection_wrote_nothing() {
        var error = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT);
        assertThat(DatabaseOutage.isOutage(error)).isTrue();
        assertThat(DatabaseOutage.detail(error, false)).contains("nothing was written").contains("Try again in 5 seconds");
        var transaction = new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMEOUT);
        assertThat(DatabaseOutage.detail(transaction, false)).contains("nothing was written");
    }

    @Test
    void a_request_that_committed_before_the_outage_may_have_written() {
        var error = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT);
        assertThat(DatabaseOutage.detail(error, true)).contains("may or may not have been saved");
    }

    @Test
    void a_connection_cut_during_the_work_or_the_commit_is_an_outage_of_unknown_outcome() {
        var terminated = new DataAccessResourceFailureException("JDBC commit",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutage.isOutage(terminated)).isTrue();
        assertThat(DatabaseOutage.detail(terminated, false)).contains("may or may not have been saved");
        var rollbackFailed = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseOutage.isOutage(rollbackFailed)).isTrue();
        assertThat(DatabaseOutage.detail(rollbackFailed, false)).contains("may or may not have been saved");
        var broken = new DataAccessResourceFailureException("select", new SQLException("An I/O error occurred", "08006"));
        assertThat(DatabaseOutage.isOutage(broken)).isTrue();
    }

    @Test
    void a_rule_of_the_database_is_not_an_outage() {
        var duplicate = new DataIntegrityViolationException("insert", new SQLException("duplicate key", "23505"));
        assertThat(DatabaseOutage.isOutage(duplicate)).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("no"))).isFalse();
    }
}
