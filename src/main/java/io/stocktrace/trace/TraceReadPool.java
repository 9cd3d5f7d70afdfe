package io.stocktrace.trace;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Two threads that read part of a big trace (a hot lot's 90,000 operations) on their own connections while the
 * request's thread walks on: the database and the driver's decoding then use both cores. Each read is a statement of
 * its own, as it would be on the request's connection (PostgreSQL and H2 read committed: each statement sees what was
 * committed when it started), and the ledger only grows, so what they read agrees with the walk.
 */
@Component
class TraceReadPool implements AutoCloseable {
    private final ExecutorService threads = Executors.newFixedThreadPool(2, read -> {
        Thread thread = new Thread(read, "trace-read");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether this thread is one of the pool's: a read on it must not wait for another read of the pool. */
    static boolean isReadThread() {
        return "trace-read".equals(Thread.currentThread().getName());
    }

    <T> CompletableFuture<T> submit(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, threads);
    }

    /** The read's result, or its exception as thrown on the calling thread. */
    static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
