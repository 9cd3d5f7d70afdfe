package io.stocktrace.lot;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.settings.SettingsService;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inventory ‣ Products ‣ Lots/Serial Numbers: the dashboard, grouped by product unless asked otherwise, whose groups
 * expand in place (htmx) to their lots, or, grouped by lot/serial number, to the products carrying that number.
 */
@PageController
class LotPages {
    static final int GROUP_ROWS = 80;

    private final LotListService lots;
    private final ProductService products;
    private final SettingsService settings;

    LotPages(LotListService lots, ProductService products, SettingsService settings) {
        this.lots = lots;
        this.products = products;
        this.settings = settings;
    }

    @GetMapping("/lots")
    String dashboard(@RequestParam(required = false) String q, @RequestParam(required = false) Set<String> filter,
                     @RequestParam(required = false) String groupBy, @RequestParam(required = false) Long product,
                     @RequestParam(defaultValue = "80") int limit, @RequestParam(defaultValue = "0") long offset,
                     Model model) {
        settings.requireLots("The Lots/Serial Numbers page");
        String productLabel = product == null ? null : products.get(product).name();
        LotSearch search = new LotSearch(q, filter, groupBy, product, productLabel, limit, offset);
        LotFilter lotFilter = search.filter(lots.today());
        Paging paging = Paging.of(search.limit(), search.offset());
        if (search.grouped()) {
            List<LotGroup> groups = lots.groupsWithoutTotals(search.groupBy(), lotFilter, paging);
            model.addAttribute("groups", groups);
            model.addAttribute("hasNext", groups.size() == search.limit());
        } else {
            Page<LotSummary> page = lots.page(lotFilter, paging, countCap(search));
            model.addAttribute("page", page);
            model.addAttribute("hasNext", search.offset() + page.items().size() < page.total());
        }
        model.addAttribute("search", search);
        model.addAttribute("today", lots.today());
        model.addAttribute("countCap", countCap(search));
        model.addAttribute("breadcrumbs", Crumb.trail("Products", null, "Lots/Serial Numbers", null));
        return "lot/lots";
    }

    /** One group's row with its totals, which the dashboard fetches for each group it shows. */
    @GetMapping("/lots/group-row")
    String groupRow(@RequestParam(required = false) String q, @RequestParam(required = false) Set<String> filter,
                    @RequestParam(defaultValue = "product") String groupBy, @RequestParam(required = false) Long product,
                    @RequestParam String key, Model model) {
        settings.requireLots("The Lots/Serial Numbers page");
        LotSearch search = new LotSearch(q, filter, groupBy.isEmpty() ? "product" : groupBy, product, null, GROUP_ROWS, 0);
        List<LotGroup> group = lots.groups(search.groupBy(), search.filter(lots.today()).within(search.groupBy(), key),
                Paging.of(1, 0L));
        model.addAttribute("g", group.isEmpty() ? new LotGroup(key, emptyGroupLabel(search.groupBy(), key), 0,
                java.math.BigDecimal.ZERO) : group.get(0));
        model.addAttribute("search", search);
        return "lot/rows :: group-row";
    }

    /** The rows of one group, inserted under it when it is unfolded. */
    @GetMapping("/lots/group")
    String group(@RequestParam(required = false) String q, @RequestParam(required = false) Set<String> filter,
                 @RequestParam String groupBy, @RequestParam(required = false) Long product, @RequestParam String key,
                 Model model) {
        settings.requireLots("The Lots/Serial Numbers page");
        LotSearch search = new LotSearch(q, filter, groupBy, product, null, GROUP_ROWS, 0);
        Page<LotSummary> page = lots.list(search.filter(lots.today()).within(search.groupBy(), key),
                Paging.of(GROUP_ROWS, 0L));
        model.addAttribute("rows", page.items());
        model.addAttribute("more", page.total() - page.items().size());
        model.addAttribute("moreUrl", "product".equals(search.groupBy())
                ? new LotSearch(q, filter, "", Long.valueOf(key), null, GROUP_ROWS, 0).url() : null);
        model.addAttribute("groupBy", search.groupBy());
        model.addAttribute("today", lots.today());
        return "lot/rows :: rows";
    }

    private String emptyGroupLabel(String groupBy, String key) {
        return "product".equals(groupBy) ? products.get(Long.parseLong(key)).name() : key;
    }

    /** The flat list counts its lots up to ten pages past this one: a million lots are never counted for a page. */
    private static long countCap(LotSearch search) {
        return search.offset() + 10L * search.limit() + 1;
    }
}
