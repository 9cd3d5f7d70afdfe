package io.stocktrace.settings;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.web.Crumb;
import io.stocktrace.web.FormFields;
import io.stocktrace.web.FormProblems;
import io.stocktrace.web.PageController;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inventory ‣ Configuration ‣ Settings: the Traceability and the GS1 &amp; EPCIS sections. */
@PageController
class SettingsPages {
    /** The GS1 fields as typed: the prefixes one a line (or separated by spaces or commas). */
    record Gs1Form(String gs1CompanyPrefixes, String siteGln, String epcisIdentifiers) {
        static Gs1Form of(Gs1Settings gs1) {
            return new Gs1Form(String.join("\n", gs1.companyPrefixes()), gs1.siteGln() == null ? "" : gs1.siteGln(),
                    gs1.epcisIdentifiers());
        }

        List<Gs1Settings.GivenPrefix> prefixes() {
            return Arrays.stream(gs1CompanyPrefixes == null ? new String[0] : gs1CompanyPrefixes.split("[\\s,;]+"))
                    .filter(p -> !p.isEmpty()).map(p -> new Gs1Settings.GivenPrefix(p, null)).toList();
        }
    }

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private final SettingsService settings;

    SettingsPages(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    String show(Model model) {
        model.addAttribute("packagesOn", settings.packages().enabled());
        return page(model, settings.get(), Gs1Form.of(settings.gs1()), settings.timeZone().getId(), Map.of());
    }

    // An unticked checkbox sends nothing: absent means off. A bad GS1 value saves nothing and shows its message.
    @PostMapping("/settings")
    String save(@RequestParam(defaultValue = "false") boolean lotsAndSerialNumbers,
                @RequestParam(defaultValue = "false") boolean expirationDates, Gs1Form gs1,
                @RequestParam(required = false) String timeZone, @RequestParam(defaultValue = "false") boolean packages,
                Model model, RedirectAttributes redirect) {
        Settings traceability = new Settings(lotsAndSerialNumbers, expirationDates);
        Map<String, String> errors = new LinkedHashMap<>();
        // a form of an older page, without the field, keeps the zone as the API does when it is left out
        ZoneId zone = timeZone == null ? settings.timeZone()
                : checked(() -> SiteCalendar.zoneOf(timeZone, "timeZone"), errors);
        Gs1Settings site = checked(() -> Gs1Settings.of(gs1.prefixes(), gs1.siteGln(), gs1.epcisIdentifiers()), errors);
        if (!errors.isEmpty()) {
            model.addAttribute("packagesOn", packages);
            return page(model, traceability, gs1, timeZone == null ? "" : timeZone, errors);
        }
        settings.update(traceability, site, zone);
        PackageSettings current = settings.packages();
        if (current.enabled() != packages) {
            settings.updatePackages(new PackageSettings(packages, current.ssccExtensionDigit()));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/settings";
    }

    /** The value, or null with its problems added to {@code errors}: every field's problem is shown at once. */
    private static <T> T checked(Supplier<T> value, Map<String, String> errors) {
        try {
            return value.get();
        } catch (StocktraceException e) {
            errors.putAll(byFormField(e));
            return null;
        }
    }

    private static String page(Model model, Settings traceability, Gs1Form gs1, String timeZone,
                               Map<String, String> errors) {
        model.addAttribute("settings", traceability);
        model.addAttribute("timeZone", timeZone);
        model.addAttribute("timeZones", ZONES);
        model.addAttribute("gs1", gs1);
        model.addAttribute("identifierForms", Gs1Settings.IDENTIFIER_FORMS);
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", Crumb.trail("Configuration", null, "Settings", null));
        return "settings/settings";
    }

    /** The page has one field for all prefixes: "gs1CompanyPrefixes[2].prefix" is shown next to it. */
    private static Map<String, String> byFormField(StocktraceException e) {
        return FormProblems.of(e, FormFields.form().input("timeZone", "Time zone")
                .input("gs1CompanyPrefixes", "GS1 Company Prefixes")
                .input("siteGln", "Site GLN").input("epcisIdentifiers", "EPCIS identifiers")).byInput("form");
    }
}
