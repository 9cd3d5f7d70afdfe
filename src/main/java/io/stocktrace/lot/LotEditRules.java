package io.stocktrace.lot;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;

/** The rules an edit of a lot keeps before anything is written: its status change and its dates. */
final class LotEditRules {
    private LotEditRules() {
    }

    /** The status a change asks for, checked: a known one, with a reason when it changes, never out of recalled. */
    static LotStatus statusAfter(Lot lot, LotService.LotChange change) {
        Validation v = new Validation();
        LotStatus status = lot.status();
        if (change.status().present()) {
            try {
                status = LotStatus.fromWire(change.status().value());
            } catch (IllegalArgumentException | NullPointerException e) {
                v.add("status", "must be available, quarantine or recalled");
            }
        }
        v.require(change.reason() == null || change.reason().length() <= 1000, "reason", "at most 1000 characters");
        v.throwIfAny();
        if (lot.status() == LotStatus.RECALLED && status != LotStatus.RECALLED) {
            throw new StocktraceException(ProblemType.INVALID_STATE, "Lot '" + lot.name()
                    + "' is recalled and cannot be released; scrap it or return it to the vendor.");
        }
        if (status != lot.status()) {
            requireReason(change.reason());
        }
        return status;
    }

    /** An alert date after the expiration date would warn of an expiry already past. */
    static void requireAlertBeforeExpiration(LotDates dates) {
        new Validation().require(!dates.alertsAfterExpiration(), "alertDate",
                "must be on or before the expiration date").throwIfAny();
    }

    /** A status change keeps why in the lot's history: without a reason it is refused. */
    static void requireReason(String reason) {
        new Validation().require(reason != null && !reason.isBlank(), "reason", "is required: say why").throwIfAny();
    }
}
