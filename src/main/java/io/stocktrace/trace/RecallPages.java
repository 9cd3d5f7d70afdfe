package io.stocktrace.trace;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.lot.LotService;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory ‣ Reporting ‣ Recalls: the list, and each recall with its lots, blocked stock and customers. */
@PageController
class RecallPages {
    private final RecallService recalls;
    private final LotService lots;

    RecallPages(RecallService recalls, LotService lots) {
        this.recalls = recalls;
        this.lots = lots;
    }

    @GetMapping("/recalls")
    String list(@RequestParam(defaultValue = "80") int limit, @RequestParam(defaultValue = "0") long offset, Model model) {
        Page<Recall> page = recalls.list(Paging.of(limit, offset));
        model.addAttribute("page", page);
        model.addAttribute("breadcrumbs", Crumb.trail("Reporting", null, "Recalls", null));
        return "trace/recalls";
    }

    @GetMapping("/recalls/{id}")
    String recall(@PathVariable long id, Model model) {
        Recall recall = recalls.get(id);
        model.addAttribute("recall", recall);
        model.addAttribute("lot", lots.get(recall.lotId()));
        model.addAttribute("breadcrumbs", Crumb.trail("Recalls", "/recalls", recall.reference(), null));
        return "trace/recall";
    }

    @GetMapping("/recalls/{id}/customers.csv")
    ResponseEntity<String> customers(@PathVariable long id) {
        return RecallApi.customersCsv(recalls.get(id));
    }
}
