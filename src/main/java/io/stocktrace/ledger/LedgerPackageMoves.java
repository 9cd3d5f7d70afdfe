package io.stocktrace.ledger;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * V37_1: seals the package moves written before they joined the ledger (V37) in one block appended to the chain, with
 * the same canonical content and hashes as every other block; the blocks already sealed keep their hashes. No package
 * moves, no block. It runs on Flyway's connection only, as {@link LedgerGenesis} does.
 */
@Component
class LedgerPackageMoves extends LedgerMigration {
    LedgerPackageMoves() {
        super("37.1", "package moves in ledger");
    }

    @Override
    void migrate(JdbcClient jdbc) {
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
