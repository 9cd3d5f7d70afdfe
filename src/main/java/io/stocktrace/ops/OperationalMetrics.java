package io.stocktrace.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stocktrace's own meters, beside the request, JVM and pool meters Spring Boot publishes. Names as Prometheus shows
 * them: {@code stocktrace_operations_validated_total{type}}, {@code stocktrace_serials_moved_total{type}},
 * {@code stocktrace_trace_duration_seconds{direction}}, {@code stocktrace_recall_duration_seconds},
 * {@code stocktrace_idempotent_replays_total} and {@code stocktrace_requests_rejected_total{reason}}.
 */
@Component
public class OperationalMetrics {
    private final MeterRegistry registry;
    private final Counter replays;
    private final Timer recalls;

    public OperationalMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.replays = Counter.builder("stocktrace.idempotent.replays")
                .description("Requests answered with the stored answer of an earlier request with the same Idempotency-Key")
                .register(registry);
        this.recalls = Timer.builder("stocktrace.recall.duration").description("Time to record a recall")
                .publishPercentileHistogram().register(registry);
    }

    /**
     * An operation posted to the ledger (receipt, delivery, internal, return, manufacturing, scrap, adjustment) with
     * the serials it moved; counted once its transaction commits, so a refused operation counts nothing.
     */
    public void operationPosted(String type, long serialsMoved) {
        Runnable count = () -> {
            Counter.builder("stocktrace.operations.validated").description("Operations posted to the ledger")
                    .tag("type", type).register(registry).increment();
            Counter.builder("stocktrace.serials.moved").description("Serial numbers moved by operations")
                    .tag("type", type).register(registry).increment(serialsMoved);
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }

    public <T> T timeTrace(String direction, Supplier<T> trace) {
        return Timer.builder("stocktrace.trace.duration").description("Time to trace a lot")
                .tag("direction", direction).publishPercentileHistogram().register(registry).record(trace);
    }

    public <T> T timeRecall(Supplier<T> recall) {
        return recalls.record(recall);
    }

    /** Called when a request is answered from the Idempotency-Key store instead of being run again. */
    public void idempotentReplay() {
        replays.increment();
    }

    /** A request refused with a problem; the reason is the problem's code ({@code insufficient-stock}). */
    public void rejected(String reason) {
        Counter.builder("stocktrace.requests.rejected").description("Requests answered with a problem, by its code")
                .tag("reason", reason).register(registry).increment();
    }
}
