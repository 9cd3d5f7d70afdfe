package io.stocktrace.ledger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A Java migration that seals ledger rows: its version and description, no checksum, in Flyway's transaction, and a
 * JdbcClient on Flyway's own connection (the application's JdbcClient waits for the migrations).
 */
abstract class LedgerMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;

    LedgerMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    abstract void migrate(JdbcClient jdbc);

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        migrate(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
