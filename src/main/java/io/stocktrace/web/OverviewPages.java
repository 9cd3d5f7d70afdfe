package io.stocktrace.web;

import io.stocktrace.api.Paging;
import io.stocktrace.stock.TransferService;
import io.stocktrace.stock.TransferState;
import io.stocktrace.stock.TransferType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Inventory ‣ Overview: how many operations of each kind wait to be done. */
@PageController
class OverviewPages {
    private final TransferService transfers;

    OverviewPages(TransferService transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/")
    String overview(Model model) {
        Map<String, Map<String, Object>> cards = new LinkedHashMap<>();
        card(cards, "Receipts", "/receipts", TransferType.RECEIPT);
        card(cards, "Deliveries", "/deliveries", TransferType.DELIVERY);
        card(cards, "Internal Transfers", "/internal-transfers", TransferType.INTERNAL);
        model.addAttribute("cards", cards);
        model.addAttribute("breadcrumbs", Crumb.trail("Overview", null));
        return "overview";
    }

    private void card(Map<String, Map<String, Object>> cards, String label, String href, TransferType type) {
        Paging one = Paging.of(1, 0L);
        cards.put(label, Map.of("href", href,
                "draft", transfers.list(type, TransferState.DRAFT, null, one).total(),
                "ready", transfers.list(type, TransferState.READY, null, one).total()));
    }
}
