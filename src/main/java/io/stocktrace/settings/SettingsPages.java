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

/** Inventory ‣ Configuration ‣ Settings: the Traceability, the GS1 &amp; EPCIS and the Site profile sections. */
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

    /** The site profile's fields as typed; all absent (a form of an older page) keeps the profile as it is. */
    record ProfileForm(String businessName, String address, String city, String region, String postalCode, String country,
                       String phone) {
        static ProfileForm of(SiteProfile p) {
            return new ProfileForm(p.businessName(), p.address(), p.city(), p.region(), p.postalCode(), p.country(), p.phone());
        }

        boolean absent() {
            return java.util.stream.Stream.of(businessName, address, city, region, postalCode, country, phone)
                    .allMatch(java.util.Objects::isNull);
        }

        SiteProfile validated() {
            return SiteProfile.of(businessName, address, city, region, postalCode, country, phone);
        }
    }

    /** An input of the Site profile section: its name (the profile field), label, browser autocomplete and length. */
    record ProfileField(String name, String label, String autocomplete, int maxlength) {
    }

    private static final List<ProfileField> PROFILE_FIELDS = List.of(
            new ProfileField("businessName", "Business name", "organization", 200),
            new ProfileField("address", "Address", "street-address", 400),
            new ProfileField("city", "City", "address-level2", 100),
            new ProfileField("region", "State or region", "address-level1", 100),
            new ProfileField("postalCode", "Postal code", "postal-code", 32),
            new ProfileField("country", "Country", "country", 2),
            new ProfileField("phone", "Phone", "tel", 64));
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private final SettingsService settings;

    SettingsPages(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    String show(Model model) {
        model.addAttribute("packagesOn", settings.packages().enabled());
        return page(model, settings.get(), Gs1Form.of(settings.gs1()), settings.timeZone().getId(),
                ProfileForm.of(settings.profile()), Map.of());
    }

    // An unticked checkbox sends nothing: absent means off. A bad GS1 value saves nothing and shows its message.
    @PostMapping("/settings")
    String save(@RequestParam(defaultValue = "false") boolean lotsAndSerialNumbers,
                @RequestParam(defaultValue = "false") boolean expirationDates, Gs1Form gs1, ProfileForm profile,
                @RequestParam(required = false) String timeZone, @RequestParam(defaultValue = "false") boolean packages,
                Model model, RedirectAttributes redirect) {
        Settings traceability = new Settings(lotsAndSerialNumbers, expirationDates);
        Map<String, String> errors = new LinkedHashMap<>();
        // a form of an older page, without the field, keeps the zone as the API does when it is left out
        ZoneId zone = timeZone == null ? settings.timeZone()
                : checked(() -> SiteCalendar.zoneOf(timeZone, "timeZone"), errors);
        Gs1Settings site = checked(() -> Gs1Settings.of(gs1.prefixes(), gs1.siteGln(), gs1.epcisIdentifiers()), errors);
        SiteProfile siteProfile = profile.absent() ? settings.profile() : checked(profile::validated, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("packagesOn", packages);
            return page(model, traceability, gs1, timeZone == null ? "" : timeZone, profile, errors);
        }
        settings.update(traceability, site, zone, siteProfile,
                new PackageSettings(packages, settings.packages().ssccExtensionDigit()));
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

    private static String page(Model model, Settings traceability, Gs1Form gs1, String timeZone, ProfileForm profile,
                               Map<String, String> errors) {
        model.addAttribute("profile", profile);
        model.addAttribute("profileFields", PROFILE_FIELDS);
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
                .input("siteGln", "Site GLN").input("epcisIdentifiers", "EPCIS identifiers")
                .input("businessName", "Business name", "siteProfile.businessName")
                .input("address", "Address", "siteProfile.address").input("city", "City", "siteProfile.city")
                .input("region", "State or region", "siteProfile.region")
                .input("postalCode", "Postal code", "siteProfile.postalCode")
                .input("country", "Country", "siteProfile.country").input("phone", "Phone", "siteProfile.phone"))
                .byInput("form");
    }
}
