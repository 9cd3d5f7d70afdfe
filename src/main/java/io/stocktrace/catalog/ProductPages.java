package io.stocktrace.catalog;

import io.stocktrace.api.Paging;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.settings.SettingsService;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory ‣ Products ‣ Products: the list, and the form that creates and edits a product (managers). */
@PageController
class ProductPages {
    private final ProductService products;
    private final SettingsService settings;

    ProductPages(ProductService products, SettingsService settings) {
        this.products = products;
        this.settings = settings;
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") long offset, Model model) {
        List<Product> items = products.list(null, q, Paging.of(Paging.MAX_LIMIT, offset)).items();
        return ListView.page(model, "Products", "Products", List.of("Internal Reference", "Name", "Tracking", "Unit"),
                items.stream().map(p -> List.of(p.sku(), p.name(), p.tracking().wire(), String.valueOf(p.uom()))).toList(),
                items.stream().map(p -> "/products/" + p.id()).toList(), "/products/new");
    }

    @GetMapping("/products/new")
    String blank(Model model) {
        return form(model, null, ProductForm.blank(), false, FormProblems.none(ProductForm.fields()));
    }

    @GetMapping("/products/{id}")
    String show(@PathVariable long id, Model model) {
        Product product = products.get(id);
        return form(model, product, ProductForm.of(product), products.trackingLocked(id), FormProblems.none(ProductForm.fields()));
    }

    @PostMapping("/products/new")
    String create(ProductForm typed, Model model) {
        FormProblems errors = FormProblems.none(ProductForm.fields());
        Expiry expiry = expiryShown() ? typed.expiry(errors) : null;
        if (!errors.any()) {
            try {
                Product created = products.create(typed.sku(), typed.name(), typed.tracking(), typed.uom(),
                        FormFields.text(typed.gtin()), expiry, typed.food());
                return "redirect:/products/" + created.id();
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, ProductForm.fields());
            }
        }
        return form(model, null, typed, false, errors);
    }

    @PostMapping("/products/{id}")
    String update(@PathVariable long id, ProductForm typed, Model model) {
        Product current = products.get(id);
        FormProblems errors = FormProblems.none(ProductForm.fields());
        Expiry expiry = expiryShown() ? typed.expiry(errors) : null;
        if (!errors.any()) {
            try {
                products.update(id, typed.change(expiry, expiryShown()));
                return "redirect:/products/" + id + "?saved";
            } catch (StocktraceException e) {
                errors = FormProblems.of(e, ProductForm.fields());
            }
        }
        boolean locked = products.trackingLocked(id);
        ProductForm shown = typed.tracking() == null ? withTracking(typed, current) : typed;
        return form(model, current, shown, locked, errors);
    }

    private boolean expiryShown() {
        return settings.get().expirationDates();
    }

    private static ProductForm withTracking(ProductForm typed, Product current) {
        return new ProductForm(typed.sku(), typed.name(), current.tracking().wire(), typed.uom(), typed.gtin(),
                typed.expirationDays(), typed.bestBeforeDays(), typed.removalDays(), typed.alertDays(),
                typed.foodTraceabilityList());
    }

    private static String form(Model model, Product product, ProductForm typed, boolean trackingLocked,
                               FormProblems errors) {
        String title = product == null ? "New" : product.sku();
        model.addAttribute("product", product);
        model.addAttribute("form", typed);
        model.addAttribute("trackingLocked", trackingLocked);
        model.addAttribute("trackings", List.of(Tracking.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", Crumb.trail("Products", null, "Products", "/products", title, null));
        return "catalog/product";
    }
}
