package io.stocktrace.ledger;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The block of the current transaction: writers of ledger rows put its id in each row's ledger_block_id; the first call
 * in a transaction takes a new id and arranges for the block to be sealed just before the transaction commits.
 */
@Component
public class LedgerBlocks {
    private final LedgerRepository ledger;
    private final Clock clock;

    LedgerBlocks(LedgerRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public long current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Ledger rows are written inside a transaction, which seals them");
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Seal seal) {
                return seal.blockId;
            }
        }
        Seal seal = new Seal(ledger.nextBlockId());
        TransactionSynchronizationManager.registerSynchronization(seal);
        return seal.blockId;
    }

    private final class Seal implements TransactionSynchronization {
        private final long blockId;

        Seal(long blockId) {
            this.blockId = blockId;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            LedgerService.seal(ledger, blockId, clock.instant());
        }
    }
}
