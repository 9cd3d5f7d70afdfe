package io.stocktrace.api;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Hooks the application's transaction manager (Spring Boot hands it every such listener): a read-write
 * transaction run for a request with an Idempotency-Key records, in itself, that the key's work committed.
 */
@Component
class WorkCommitStamp implements TransactionExecutionListener {
    private final IdempotencyReservations reservations;

    WorkCommitStamp(IdempotencyReservations reservations) {
        this.reservations = reservations;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (!transaction.isReadOnly()) {
            reservations.stampWorkOfThisThread();
        }
    }
}
