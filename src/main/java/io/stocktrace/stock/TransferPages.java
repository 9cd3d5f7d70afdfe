package io.stocktrace.stock;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.partner.PartnerService;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import java.security.Principal;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inventory ‣ Operations: receipts, deliveries and internal transfers, their lists and forms (new ones and edits are
 * {@link TransferFormPages}); Validate, whose problems show next to the line they concern (nothing is half-saved).
 */
@PageController
class TransferPages {
    static final Map<TransferType, String[]> TITLES = Map.of(
            TransferType.RECEIPT, new String[] {"Receipts", "/receipts"},
            TransferType.DELIVERY, new String[] {"Deliveries", "/deliveries"},
            TransferType.INTERNAL, new String[] {"Internal Transfers", "/internal-transfers"},
            TransferType.RETURN, new String[] {"Returns", "/returns"});

    private final TransferService transfers;
    private final TransferSheet sheet;
    private final PartnerService partners;

    TransferPages(TransferService transfers, TransferSheet sheet, PartnerService partners) {
        this.transfers = transfers;
        this.sheet = sheet;
        this.partners = partners;
    }

    @GetMapping({"/receipts", "/deliveries", "/internal-transfers", "/returns"})
    String list(@RequestParam(defaultValue = "80") int limit, @RequestParam(defaultValue = "0") long offset,
                jakarta.servlet.http.HttpServletRequest request, Model model) {
        TransferType type = TITLES.entrySet().stream().filter(e -> e.getValue()[1].equals(request.getRequestURI()))
                .findFirst().orElseThrow().getKey();
        Page<Transfer> page = transfers.list(type, null, null, Paging.of(limit, offset));
        model.addAttribute("page", page);
        model.addAttribute("partners", partners.byIds(page.items().stream().map(Transfer::partnerId)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("type", type);
        model.addAttribute("heading", TITLES.get(type)[0]);
        model.addAttribute("newUrl", type == TransferType.RETURN ? null : TITLES.get(type)[1] + "/new");
        model.addAttribute("breadcrumbs", Crumb.trail("Operations", null, TITLES.get(type)[0], null));
        return "stock/transfers";
    }

    @GetMapping("/transfers/{id}")
    String form(@PathVariable long id, Model model) {
        return sheet.show(id, model);
    }

    @PostMapping("/transfers/{id}/validate")
    String validate(@PathVariable long id, Principal caller, Model model) {
        return sheet.act(id, model, () -> transfers.validate(id, caller.getName()));
    }
}
