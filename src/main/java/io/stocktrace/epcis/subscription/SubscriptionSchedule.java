package io.stocktrace.epcis.subscription;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the delivery round every second (after the previous one ends), and hourly forgets what was delivered over 30
 * days ago. Every node may run it: the row locks share the
 * work out. {@code stocktrace.subscriptions.deliver-on-schedule=false} turns it off (the tests drive rounds themselves).
 */
@Component
@ConditionalOnProperty(name = "stocktrace.subscriptions.deliver-on-schedule", havingValue = "true", matchIfMissing = true)
class SubscriptionSchedule {
    private final SubscriptionDelivery delivery;
    private final Clock clock;

    SubscriptionSchedule(SubscriptionDelivery delivery, Clock clock) {
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 5000)
    void deliver() {
        delivery.round(clock.instant());
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
    void purge() {
        delivery.purge(clock.instant());
    }
}
