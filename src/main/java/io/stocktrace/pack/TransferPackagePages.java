package io.stocktrace.pack;

import io.stocktrace.api.Paging;
import io.stocktrace.stock.TransferService;
import io.stocktrace.web.PageController;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The packages on a transfer's pages: on its form, what each package it moves or brings holds (nested, each a link to
 * the package's form); on the delivery and internal transfer forms, the packages at the source to pick as a whole line.
 */
@PageController
class TransferPackagePages {
    private static final int CHOICES = 200;
    private static final int PREVIEWED = 100;

    private final TransferService transfers;
    private final TransferPackagesView view;
    private final PackageService packages;

    TransferPackagePages(TransferService transfers, TransferPackagesView view, PackageService packages) {
        this.transfers = transfers;
        this.view = view;
        this.packages = packages;
    }

    @GetMapping("/transfers/{id}/packages")
    String packages(@PathVariable long id, Model model) {
        model.addAttribute("shown", view.of(transfers.get(id)));
        return "pack/transfer-packages :: packages";
    }

    /** The packages typed, scanned or picked on a delivery or internal transfer form, with what each holds. */
    @GetMapping("/packages/preview")
    String preview(@RequestParam(required = false) String packages, Model model) {
        List<String> names = packages == null ? List.of() : Arrays.stream(packages.split("[\\r\\n,]+"))
                .map(String::strip).filter(n -> !n.isEmpty() && n.length() <= PackageNames.MAX_LENGTH).distinct()
                .limit(PREVIEWED).toList();
        model.addAttribute("shown", view.preview(names));
        return "pack/transfer-packages :: packages";
    }

    @GetMapping("/packages/choices")
    String choices(@RequestParam(required = false) String sourceLocationId, Model model) {
        Long location = null;
        try {
            location = sourceLocationId == null || sourceLocationId.isBlank() ? null : Long.valueOf(sourceLocationId.strip());
        } catch (NumberFormatException e) {
            // an id the page did not give: no choice
        }
        List<StockPackage> top = location == null ? List.of() : packages.list(null, location, Paging.of(CHOICES, 0L))
                .items().stream().filter(p -> p.parentId() == null).toList();
        model.addAttribute("choices", top);
        return "pack/choices :: choices";
    }
}
