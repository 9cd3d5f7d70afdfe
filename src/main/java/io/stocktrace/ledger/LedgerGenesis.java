package io.stocktrace.ledger;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * V17_1: seals the ledger rows written before the chain existed as block 0, the genesis, with the same canonical
 * content and hashes as every later block. It runs on Flyway's connection only: the application's JdbcClient waits
 * for the migrations.
 */
@Component
class LedgerGenesis extends LedgerMigration {
    LedgerGenesis() {
        super("17.1", "ledger genesis");
    }

    @Override
    void migrate(JdbcClient jdbc) {
        LedgerService.seal(new LedgerRepository(jdbc), LedgerRepository.GENESIS, Instant.now());
    }
}
