package io.stocktrace.stock;

import io.stocktrace.api.Paging;
import io.stocktrace.catalog.ProductService;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.PageController;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Inventory ‣ Reporting ‣ Moves History: every done move line, newest first, filtered, a page at a time. */
@PageController
class MovePages {
    private final MoveService moves;
    private final ProductService products;

    MovePages(MoveService moves, ProductService products) {
        this.moves = moves;
        this.products = products;
    }

    @GetMapping("/moves")
    String history(@RequestParam(required = false) Long product, @RequestParam(required = false) String lot,
                   @RequestParam(required = false) String reference,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) String after, @RequestParam(defaultValue = "80") int limit,
                   Model model) {
        MoveHistory.Filter filter = new MoveHistory.Filter(product, lot, reference, from, to);
        MoveHistory page = moves.history(filter, after == null || after.isBlank() ? null
                : MoveHistory.Cursor.fromWire(after), limit);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("first", after == null || after.isBlank());
        model.addAttribute("products", products.list(null, null, Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("firstUrl", url(filter, limit, null));
        model.addAttribute("nextUrl", page.next() == null ? null : url(filter, limit, page.next().wire()));
        model.addAttribute("breadcrumbs", Crumb.trail("Reporting", null, "Moves History", null));
        return "stock/moves";
    }

    private static String url(MoveHistory.Filter f, int limit, String after) {
        return UriComponentsBuilder.fromPath("/moves")
                .queryParamIfPresent("product", Optional.ofNullable(f.productId()))
                .queryParamIfPresent("lot", Optional.ofNullable(f.lot()))
                .queryParamIfPresent("reference", Optional.ofNullable(f.reference()))
                .queryParamIfPresent("from", Optional.ofNullable(f.from()))
                .queryParamIfPresent("to", Optional.ofNullable(f.to()))
                .queryParamIfPresent("limit", Optional.ofNullable(limit == 80 ? null : limit))
                .queryParamIfPresent("after", Optional.ofNullable(after))
                .encode().build().toUriString();
    }
}
