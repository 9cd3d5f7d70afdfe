package io.stocktrace.trace;

import io.stocktrace.api.Paging;
import io.stocktrace.lot.LotHistoryService;
import io.stocktrace.lot.LotQuant;
import io.stocktrace.lot.LotListService;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Lot/Serial Number form and its smart buttons: Location (stock per location), Traceability (the report) and
 * Transfers (deliveries of the lot and of everything made from it); and the Recall… action. It lives with the traces
 * because its buttons and its action are traces and recalls.
 */
@PageController
class LotFormPages {
    /** The newest status changes and alerts the form lists; the API pages through all of them. */
    static final int HISTORY_ROWS = 50;

    private final LotService lots;
    private final LotListService lotLists;
    private final TraceService traces;
    private final RecallService recalls;
    private final LotHistoryService history;

    LotFormPages(LotService lots, LotListService lotLists, TraceService traces, RecallService recalls,
                 LotHistoryService history) {
        this.lots = lots;
        this.lotLists = lotLists;
        this.traces = traces;
        this.recalls = recalls;
        this.history = history;
    }

    @GetMapping("/lots/{id}")
    String form(@PathVariable long id, Model model) {
        LotSummary lot = lots.get(id);
        List<LotQuant> quants = lotLists.quants(id);
        model.addAttribute("lot", lot);
        model.addAttribute("locationCount", quants.size());
        model.addAttribute("operationCount", lotLists.operations(id, Paging.of(1, 0L)).total());
        model.addAttribute("transferCount", deliveries(id).size());
        model.addAttribute("today", lots.today());
        model.addAttribute("history", history.events(id, Paging.of(HISTORY_ROWS, 0L)));
        model.addAttribute("breadcrumbs", lotTrail(lot, null));
        return "lot/form";
    }

    @GetMapping("/lots/{id}/locations")
    String locations(@PathVariable long id, Model model) {
        LotSummary lot = lots.get(id);
        model.addAttribute("lot", lot);
        model.addAttribute("quants", lotLists.quants(id));
        model.addAttribute("breadcrumbs", lotTrail(lot, "Location"));
        return "lot/locations";
    }

    @GetMapping("/lots/{id}/transfers")
    String transfers(@PathVariable long id, Model model) {
        LotSummary lot = lots.get(id);
        model.addAttribute("lot", lot);
        model.addAttribute("deliveries", deliveries(id));
        model.addAttribute("breadcrumbs", lotTrail(lot, "Transfers"));
        return "lot/transfers";
    }

    /** Recall…: asks for a reason and shows what will be blocked. */
    @GetMapping("/lots/{id}/recall")
    String recallForm(@PathVariable long id, Model model) {
        LotSummary lot = lots.get(id);
        model.addAttribute("lot", lot);
        model.addAttribute("affected", traces.trace(id, Trace.Direction.DOWNSTREAM).lots());
        model.addAttribute("breadcrumbs", lotTrail(lot, "Recall"));
        return "lot/recall";
    }

    @PostMapping("/lots/{id}/recall")
    String recall(@PathVariable long id, @RequestParam(required = false) String reason, Principal caller, Model model) {
        try {
            return "redirect:/recalls/" + recalls.recall(id, reason, caller.getName()).id();
        } catch (StocktraceException e) {
            model.addAttribute("errors", FormProblems.of(e, FormFields.form().input("reason", "Reason")
                    .products(Map.of(lots.get(id).productSku(), lots.get(id).productName()))));
            model.addAttribute("reason", reason);
            return recallForm(id, model);
        }
    }

    /** Done deliveries of the lot and of every lot made from it, newest first. */
    private List<Trace.Operation> deliveries(long lotId) {
        return traces.trace(lotId, Trace.Direction.DOWNSTREAM).operations().stream()
                .filter(o -> "delivery".equals(o.type())).toList();
    }

    static List<Crumb> lotTrail(LotSummary lot, String view) {
        String form = "/lots/" + lot.lot().id();
        return view == null
                ? Crumb.trail("Lots/Serial Numbers", "/lots", lot.lot().name(), null)
                : Crumb.trail("Lots/Serial Numbers", "/lots", lot.lot().name(), form, view, null);
    }
}
