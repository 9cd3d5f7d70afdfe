package io.stocktrace.ledger;

import java.time.Instant;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * V37_1: seals the package moves written before they joined the ledger (V37) in one block appended to the chain, with
 * the same canonical content and hashes as every other block; the blocks already sealed keep their hashes. No package
 * moves, no block. It runs on Flyway's connection only, as {@link LedgerGenesis} does.
 */
@Component
class LedgerPackageMoves implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("37.1");
    }

    @Override
    public String getDescription() {
        return "package moves in ledger";
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
        LedgerRepository ledger = new LedgerRepository(jdbc);
        if (jdbc.sql("SELECT COUNT(*) FROM package_moves").query(Long.class).single() == 0) {
            return;
        }
        long block = ledger.nextBlockId();
        jdbc.sql("UPDATE package_moves SET ledger_block_id = :block WHERE ledger_block_id IS NULL")
                .param("block", block).update();
        LedgerService.seal(ledger, block, Instant.now());
    }
}
