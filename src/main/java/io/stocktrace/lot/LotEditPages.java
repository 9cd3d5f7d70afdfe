package io.stocktrace.lot;

import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the Lot/Serial Number form changes: its dates (managers), Quarantine (operators) and Release (managers), each
 * role required by the LotService method it calls. Every post lands back on the form, with what was refused next to
 * its field; a role too low gets the 403 page.
 */
@PageController
class LotEditPages {
    static final List<String> DATES = List.of("expirationDate", "bestBeforeDate", "removalDate", "alertDate");

    private final LotService lots;

    LotEditPages(LotService lots) {
        this.lots = lots;
    }

    @PostMapping("/lots/{id}/dates")
    String dates(@PathVariable long id, @RequestParam Map<String, String> form, Principal caller,
                 RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        for (String field : DATES) {
            String text = form.get(field);
            entered.put(field, text == null ? "" : text);
            try {
                dates.put(field, text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                errors.put(field, "'" + text + "' is not a date as yyyy-MM-dd.");
            }
        }
        if (errors.isEmpty()) {
            try {
                lots.changeDates(id, new LotDates(dates.get("expirationDate"), dates.get("bestBeforeDate"),
                        dates.get("removalDate"), dates.get("alertDate")), caller.getName());
                flash.addFlashAttribute("notice", "Dates saved.");
                return "redirect:/lots/" + id;
            } catch (StocktraceException e) {
                errors.putAll(byField(e, "dates"));
            }
        }
        flash.addFlashAttribute("errors", errors);
        flash.addFlashAttribute("entered", entered);
        return "redirect:/lots/" + id;
    }

    @PostMapping("/lots/{id}/quarantine")
    String quarantine(@PathVariable long id, @RequestParam(required = false) String reason, Principal caller,
                      RedirectAttributes flash) {
        return status(id, "quarantine", reason, flash, () -> lots.quarantine(id, reason, caller.getName()));
    }

    @PostMapping("/lots/{id}/release")
    String release(@PathVariable long id, @RequestParam(required = false) String reason, Principal caller,
                   RedirectAttributes flash) {
        return status(id, "release", reason, flash, () -> lots.release(id, reason, caller.getName()));
    }

    private static String status(long id, String action, String reason, RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", "quarantine".equals(action) ? "Quarantined." : "Released.");
        } catch (StocktraceException e) {
            // the reason's problem shows under the reason of the form that was sent, any other above both forms
            flash.addFlashAttribute("errors", byField(e, action));
            flash.addFlashAttribute("statusAction", action);
            flash.addFlashAttribute("reason", reason);
        }
        return "redirect:/lots/" + id;
    }

    /** The problems by field as the form names them; one that names no field of the form goes under {@code other}. */
    private static Map<String, String> byField(StocktraceException e, String other) {
        return FormProblems.of(e, FormFields.form().input("expirationDate", "Expiration Date", "dates.expirationDate")
                .input("bestBeforeDate", "Best Before Date", "dates.bestBeforeDate")
                .input("removalDate", "Removal Date", "dates.removalDate").input("alertDate", "Alert Date", "dates.alertDate")
                .input("reason", "Reason")).byInput(other);
    }
}
