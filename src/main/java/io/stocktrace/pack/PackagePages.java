package io.stocktrace.pack;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.location.LocationService;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inventory ‣ Products ‣ Packages: the list (by name or SSCC, scanned or typed), a new empty package, and a package's
 * form with its content (nested packages unfolded), location, history and trace, and Unpack.
 */
@PageController
class PackagePages {
    private final PackageService packages;
    private final PackageHistoryService history;
    private final LocationService locations;

    PackagePages(PackageService packages, PackageHistoryService history, LocationService locations) {
        this.packages = packages;
        this.history = history;
        this.locations = locations;
    }

    @GetMapping("/packages")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "80") int limit,
                @RequestParam(defaultValue = "0") long offset, Model model) {
        Page<StockPackage> page = packages.list(FormFields.text(q), null, Paging.of(limit, offset));
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("hasNext", offset + page.items().size() < page.total());
        model.addAttribute("next", offset + limit);
        model.addAttribute("breadcrumbs", Crumb.trail("Products", null, "Packages", null));
        return "pack/packages";
    }

    @GetMapping("/packages/new")
    String form(Model model) {
        return newPage(null, "box", null, null, model);
    }

    @PostMapping("/packages/new")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String locationId, Principal caller, Model model) {
        Long location = id(locationId);
        try {
            // a type left blank on the form is a problem at its input, not the API's default (box)
            return "redirect:/packages/" + packages.create(new PackageRequest(FormFields.text(name),
                    type == null ? "" : type, null, location), caller.getName()).id();
        } catch (StocktraceException e) {
            FormProblems errors = FormProblems.of(e, FormFields.form().input("name", "Package Name")
                    .input("type", "Package Type").input("locationId", "Location", "parentId"));
            return newPage(name, type, location, errors, model);
        }
    }

    @GetMapping("/packages/{id}")
    String pack(@PathVariable long id, Model model) {
        PackageContent content = packages.content(id);
        model.addAttribute("tree", content);
        model.addAttribute("pack", content.pack());
        model.addAttribute("history", history.history(id));
        model.addAttribute("carried", history.lots(content));
        model.addAttribute("breadcrumbs", Crumb.trail("Packages", "/packages", content.pack().name(), null));
        return "pack/package";
    }

    @PostMapping("/packages/{id}/unpack")
    String unpack(@PathVariable long id, Principal caller) {
        packages.unpack(id, new UnpackRequest(null, null), caller.getName());
        return "redirect:/packages/" + id;
    }

    private String newPage(String name, String type, Long locationId, FormProblems errors, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("type", type);
        model.addAttribute("locationId", locationId);
        model.addAttribute("errors", errors == null ? FormProblems.none(FormFields.form()) : errors);
        model.addAttribute("types", PutInPackForm.TYPES);
        model.addAttribute("internalLocations", locations.list("internal", Paging.of(Paging.MAX_LIMIT, 0L)).items());
        model.addAttribute("breadcrumbs", Crumb.trail("Packages", "/packages", "New", null));
        return "pack/new";
    }

    private static Long id(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
