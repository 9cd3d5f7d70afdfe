package io.stocktrace.lot;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily expiry job: every lot with stock whose alert date has come gets an {@code alert} event in its history,
 * once for the dates it has; when its dates change it is alerted again once the new alert date comes. Runs each
 * day after midnight UTC, and once at start so that a server that was down then catches up.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class ExpiryAlerts {
    private static final Logger log = LoggerFactory.getLogger(ExpiryAlerts.class);
    private final LotEventRepository lots;
    private final Clock clock;

    ExpiryAlerts(LotEventRepository lots, Clock clock) {
        this.lots = lots;
        this.clock = clock;
    }

    /** Records the alerts due today; answers how many lots were alerted. */
    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public int raise() {
        int raised = lots.raiseAlerts(LocalDate.now(clock), clock.instant());
        if (raised > 0) {
            log.info("Expiry alerts: {} lots reached their alert date", raised);
        }
        return raised;
    }
}
