package io.stocktrace.lot;

import io.stocktrace.calendar.SiteCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily expiry job: every lot with stock whose alert date has come gets an {@code alert} event in its history,
 * once for the dates it has; when its dates change it is alerted again once the new alert date comes. Runs every
 * hour, so that it follows midnight in the site's time zone whatever it is (a lot is alerted once for its dates, so
 * the runs after the first change nothing), and once at start so that a server that was down then catches up; with
 * several nodes, on one of them ({@link ExpiryAlertsSchedule}).
 */
@Component
@ConditionalOnWebApplication
class ExpiryAlerts {
    private static final Logger log = LoggerFactory.getLogger(ExpiryAlerts.class);
    private final LotEventRepository lots;
    private final SiteCalendar calendar;

    ExpiryAlerts(LotEventRepository lots, SiteCalendar calendar) {
        this.lots = lots;
        this.calendar = calendar;
    }

    /** Records the alerts due today; answers how many lots were alerted. */
    @Transactional
    public int raise() {
        int raised = lots.raiseAlerts(calendar.today(), calendar.now());
        if (raised > 0) {
            log.info("Expiry alerts: {} lots reached their alert date", raised);
        }
        return raised;
    }
}
