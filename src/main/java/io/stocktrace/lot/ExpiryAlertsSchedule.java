package io.stocktrace.lot;

import io.stocktrace.node.OnceAcrossNodes;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the expiry job runs: every hour at five past and once at start, on one node at a time. The lease is held at
 * least five minutes, so the other nodes' timers of the same hour (or their starts within five minutes) skip it; at
 * most half an hour, should the node running it die.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
public class ExpiryAlertsSchedule {
    static final OnceAcrossNodes.Turn TURN =
            new OnceAcrossNodes.Turn("expiry-alerts", Duration.ofMinutes(30), Duration.ofMinutes(5));
    private final ExpiryAlerts alerts;
    private final OnceAcrossNodes once;

    ExpiryAlertsSchedule(ExpiryAlerts alerts, OnceAcrossNodes once) {
        this.alerts = alerts;
        this.once = once;
    }

    @Scheduled(cron = "0 5 * * * *")
    @EventListener(ApplicationReadyEvent.class)
    void hourly() {
        raiseOnce();
    }

    /** Runs the job unless another node holds its turn; answers whether it ran here. */
    public boolean raiseOnce() {
        return once.run(TURN, alerts::raise);
    }
}
