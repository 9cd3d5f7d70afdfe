package io.stocktrace.ledger;

import java.time.Instant;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * V17_1: seals the ledger rows written before the chain existed as block 0, the genesis, with the same canonical
 * content and hashes as every later block. It runs on Flyway's connection only: the application's JdbcClient waits
 * for the migrations.
 */
@Component
class LedgerGenesis implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17.1");
    }

    @Override
    public String getDescription() {
        return "ledger genesis";
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
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        LedgerService.seal(new LedgerRepository(jdbc), LedgerRepository.GENESIS, Instant.now());
    }
}
