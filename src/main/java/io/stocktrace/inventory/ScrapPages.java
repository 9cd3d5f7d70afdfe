package io.stocktrace.inventory;

import io.stocktrace.catalog.Quantities;
import io.stocktrace.catalog.Tracking;
import io.stocktrace.lot.LotQuant;
import io.stocktrace.lot.LotListService;
import io.stocktrace.lot.LotService;
import io.stocktrace.lot.LotSummary;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scrap… on the Lot/Serial Number form and its Location view: from which of our locations, how much (a serial is
 * all or nothing) and why; done at once into Virtual Locations/Scrap.
 */
@PageController
class ScrapPages {
    private final ScrapService scraps;
    private final LotService lots;
    private final LotListService lotLists;

    ScrapPages(ScrapService scraps, LotService lots, LotListService lotLists) {
        this.scraps = scraps;
        this.lots = lots;
        this.lotLists = lotLists;
    }

    @GetMapping("/lots/{id}/scrap")
    String form(@PathVariable long id, @RequestParam(required = false) Long location, Model model) {
        List<LotQuant> inStock = inStock(id);
        LotQuant chosen = inStock.stream().filter(q -> location != null && q.locationId() == location).findFirst()
                .orElse(inStock.isEmpty() ? null : inStock.get(0));
        model.addAttribute("locationId", chosen == null ? null : chosen.locationId());
        model.addAttribute("quantity", chosen == null ? null : Quantities.plain(chosen.quantity()));
        return page(id, inStock, model);
    }

    @PostMapping("/lots/{id}/scrap")
    String scrap(@PathVariable long id, @RequestParam(required = false) Long locationId,
                 @RequestParam(required = false) BigDecimal quantity, @RequestParam(required = false) String reason,
                 Principal caller, Model model, RedirectAttributes redirect) {
        LotSummary lot = lots.get(id);
        boolean serial = lot.tracking() == Tracking.SERIAL;
        try {
            Scrap done = scraps.scrap(new ScrapRequest(lot.lot().productId(), serial ? null : lot.lot().name(),
                    serial ? List.of(lot.lot().name()) : null, serial ? null : quantity, locationId, reason),
                    caller.getName());
            redirect.addFlashAttribute("notice", "Scrapped " + Quantities.plain(done.quantity())
                    + " in " + done.reference() + ".");
            return "redirect:/lots/" + id;
        } catch (StocktraceException e) {
            model.addAttribute("errors", FormProblems.of(e, FormFields.form()
                    .input("locationId", "Source Location", "sourceLocationId").input("quantity", "Quantity")
                    .input("reason", "Reason").products(Map.of(lot.productSku(), lot.productName()))));
        }
        model.addAttribute("locationId", locationId);
        model.addAttribute("quantity", quantity == null ? null : Quantities.plain(quantity));
        model.addAttribute("reason", reason);
        return page(id, inStock(id), model);
    }

    private String page(long id, List<LotQuant> inStock, Model model) {
        LotSummary lot = lots.get(id);
        model.addAttribute("lot", lot);
        model.addAttribute("inStock", inStock);
        model.addAttribute("breadcrumbs", Crumb.trail("Lots/Serial Numbers", "/lots", lot.lot().name(), "/lots/" + id,
                "Scrap", null));
        return "lot/scrap";
    }

    /** The lot's quants in our own locations, the only places stock can be scrapped from. */
    private List<LotQuant> inStock(long id) {
        return lotLists.quants(id).stream().filter(q -> q.usage().equals("internal") && q.quantity().signum() > 0)
                .toList();
    }
}
