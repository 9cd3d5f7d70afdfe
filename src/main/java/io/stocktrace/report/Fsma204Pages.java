package io.stocktrace.report;

import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A lot's FSMA 204 page, opened from the lot form: the events of its sortable spreadsheet grouped by critical tracking
 * event, each with the required key data elements it lacks, and the spreadsheet to download.
 */
@PageController
class Fsma204Pages {
    private final LotService lots;
    private final Fsma204Service fsma;

    Fsma204Pages(LotService lots, Fsma204Service fsma) {
        this.lots = lots;
        this.fsma = fsma;
    }

    @GetMapping("/lots/{id}/fsma204")
    String completeness(@PathVariable long id, Model model) {
        LotSummary lot = lots.get(id);
        List<Fsma204Entry> entries = fsma.entries(id, null, null, null);
        Map<String, List<Fsma204Entry>> byCte = new LinkedHashMap<>();
        for (String cte : List.of("Receiving", "Transformation", "Shipping")) {
            List<Fsma204Entry> events = entries.stream().filter(e -> e.row().cte().equals(cte)).toList();
            if (!events.isEmpty()) {
                byCte.put(cte, events);
            }
        }
        model.addAttribute("lot", lot);
        model.addAttribute("byCte", byCte);
        model.addAttribute("missingCount", entries.stream().mapToInt(e -> e.missing().size()).sum());
        model.addAttribute("breadcrumbs", Crumb.trail("Lots/Serial Numbers", "/lots", lot.lot().name(), "/lots/" + id,
                "FSMA 204", null));
        return "report/fsma204";
    }
}
