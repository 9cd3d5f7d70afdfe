package io.stocktrace.partner;

import io.stocktrace.api.Paging;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import java.util.Objects;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory ‣ Configuration ‣ Partners: vendors and customers. */
@PageController
class PartnerPages {
    private final PartnerService partners;

    PartnerPages(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    String list(@RequestParam(required = false) String q, Model model) {
        return ListView.page(model, "Configuration", "Partners", List.of("Name", "Email", "Phone"),
                partners.list(q, Paging.of(Paging.MAX_LIMIT, 0L)).items().stream()
                        .map(p -> List.of(p.name(), Objects.toString(p.email(), ""), Objects.toString(p.phone(), "")))
                        .toList());
    }
}
