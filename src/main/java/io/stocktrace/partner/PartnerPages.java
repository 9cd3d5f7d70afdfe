package io.stocktrace.partner;

import io.stocktrace.api.Paging;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.ListView;
import io.stocktrace.web.PageController;
import java.util.List;
import java.util.Objects;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Inventory ‣ Configuration ‣ Partners: vendors and customers, created and edited by managers. */
@PageController
class PartnerPages {
    /** The partner form as typed; a blank field is absent. */
    record PartnerForm(String name, String email, String phone, String address, String city, String region,
                       String postalCode, String country, String gln) {
        static PartnerForm of(Partner p) {
            return new PartnerForm(p.name(), p.email(), p.phone(), p.address(), p.city(), p.region(), p.postalCode(),
                    p.country(), p.gln());
        }

        Partner partner() {
            return new Partner(0, name, FormFields.text(email), FormFields.text(phone), FormFields.text(address),
                    FormFields.text(city), FormFields.text(region), FormFields.text(postalCode),
                    FormFields.text(country), FormFields.text(gln));
        }
    }

    private static final FormFields FIELDS = FormFields.form().input("name", "Name").input("email", "Email")
            .input("phone", "Phone").input("gln", "GLN").input("address", "Street").input("city", "City")
            .input("region", "State").input("postalCode", "ZIP").input("country", "Country");
    private final PartnerService partners;

    PartnerPages(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    String list(@RequestParam(required = false) String q, Model model) {
        List<Partner> items = partners.list(q, Paging.of(Paging.MAX_LIMIT, 0L)).items();
        return ListView.page(model, "Configuration", "Partners", List.of("Name", "Email", "Phone"),
                items.stream().map(p -> List.of(p.name(), Objects.toString(p.email(), ""),
                        Objects.toString(p.phone(), ""))).toList(),
                items.stream().map(p -> "/partners/" + p.id()).toList(), "/partners/new");
    }

    @GetMapping("/partners/new")
    String blank(Model model) {
        return form(model, null, new PartnerForm("", "", "", "", "", "", "", "", ""), FormProblems.none(FIELDS));
    }

    @GetMapping("/partners/{id}")
    String show(@PathVariable long id, Model model) {
        Partner partner = partners.get(id);
        return form(model, partner, PartnerForm.of(partner), FormProblems.none(FIELDS));
    }

    @PostMapping("/partners/new")
    String create(PartnerForm typed, Model model) {
        try {
            return "redirect:/partners/" + partners.create(typed.partner()).id();
        } catch (StocktraceException e) {
            return form(model, null, typed, FormProblems.of(e, FIELDS));
        }
    }

    @PostMapping("/partners/{id}")
    String update(@PathVariable long id, PartnerForm typed, Model model) {
        Partner current = partners.get(id);
        try {
            partners.update(id, typed.partner());
            return "redirect:/partners/" + id + "?saved";
        } catch (StocktraceException e) {
            return form(model, current, typed, FormProblems.of(e, FIELDS));
        }
    }

    private static String form(Model model, Partner partner, PartnerForm typed, FormProblems errors) {
        model.addAttribute("partner", partner);
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", Crumb.trail("Configuration", null, "Partners", "/partners",
                partner == null ? "New" : partner.name(), null));
        return "partner/partner";
    }
}
