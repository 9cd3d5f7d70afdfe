package io.stocktrace.replica;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code stocktrace.reads} counts the read-only transactions of clients' requests by the server that ran them
 * ({@code target}: replica or primary) and why ({@code reason}); {@code stocktrace.read.replica.lag} is the lag a
 * standby reported last, in seconds.
 */
class ReadRoutingMetrics {
    private final ObjectProvider<MeterRegistry> registries;
    private final Map<ReplicaChoice, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicLong lagMillis = new AtomicLong();
    private volatile MeterRegistry registry;

    ReadRoutingMetrics(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    void count(ReplicaChoice choice) {
        MeterRegistry meters = registry();
        if (meters != null) {
            counters.computeIfAbsent(choice, c -> Counter.builder("stocktrace.reads")
                    .description("Read-only transactions of clients' requests, by the server that ran them")
                    .tag("target", c.servedBy()).tag("reason", c.reason().tag()).register(meters)).increment();
        }
    }

    void observe(ReplicaChoice.State state) {
        if (state.standby()) {
            lagMillis.set(state.lag().toMillis());
        }
    }

    /** Resolved at the first read: the data source is made before the registry exists. */
    private MeterRegistry registry() {
        if (registry == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = registries.getIfAvailable();
                    if (registry != null) {
                        Gauge.builder("stocktrace.read.replica.lag", lagMillis, l -> l.get() / 1000.0)
                                .description("How far behind its primary the standby last asked was")
                                .baseUnit("seconds").register(registry);
                    }
                }
            }
        }
        return registry;
    }
}
