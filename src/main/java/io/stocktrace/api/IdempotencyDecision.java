package io.stocktrace.api;

import java.time.Duration;
import java.time.Instant;

/** What a request carrying an Idempotency-Key gets: to run, or one of the answers that leave the work alone. */
sealed interface IdempotencyDecision {
    /** The key is this request's: run it under the lease. */
    record Proceed(KeyLease lease) implements IdempotencyDecision {
    }

    /** The key's request is done: give its answer again. */
    record Replay(StoredAnswer answer) implements IdempotencyDecision {
    }

    /** The key was used for a different request (another path, query or body). */
    record Reused() implements IdempotencyDecision {
    }

    /** The key's first request is still running: ask the caller to come back. */
    record InFlight(Duration retryAfter) implements IdempotencyDecision {
    }

    /** The key's work committed but its answer was never stored (the server stopped in between). */
    record AnswerLost(Instant workCommittedAt) implements IdempotencyDecision {
    }
}
