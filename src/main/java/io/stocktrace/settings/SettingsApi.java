package io.stocktrace.settings;

import io.stocktrace.calendar.SiteCalendar;
import io.stocktrace.problem.Validation;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/settings")
class SettingsApi {
    record CompanyPrefix(String prefix, Integer length) {
    }

    /** The site's profile as the API names it; on PUT it replaces the profile whole. */
    record SiteProfileBody(String businessName, String address, String city, String region, String postalCode,
                           String country, String phone) {
        static SiteProfileBody of(SiteProfile p) {
            return new SiteProfileBody(p.businessName(), p.address(), p.city(), p.region(), p.postalCode(), p.country(),
                    p.phone());
        }

        SiteProfile validated() {
            return SiteProfile.of(businessName, address, city, region, postalCode, country, phone);
        }
    }

    /** The GS1 fields, the time zone and the site profile are optional on PUT: left out, they stay as they are. */
    record SettingsBody(Boolean lotsAndSerialNumbers, Boolean expirationDates, List<CompanyPrefix> gs1CompanyPrefixes,
                        String siteGln, String epcisIdentifiers, String timeZone, SiteProfileBody siteProfile,
                        Boolean packages, Integer ssccExtensionDigit) {
    }

    record SettingsView(boolean lotsAndSerialNumbers, boolean expirationDates, List<CompanyPrefix> gs1CompanyPrefixes,
                        String siteGln, String epcisIdentifiers, String timeZone, SiteProfileBody siteProfile,
                        boolean packages, int ssccExtensionDigit) {
        static SettingsView of(Settings settings, Gs1Settings gs1, ZoneId timeZone, SiteProfile profile,
                               PackageSettings packages) {
            return new SettingsView(settings.lotsAndSerialNumbers(), settings.expirationDates(),
                    gs1.companyPrefixes().stream().map(p -> new CompanyPrefix(p, p.length())).toList(), gs1.siteGln(),
                    gs1.epcisIdentifiers(), timeZone.getId(), SiteProfileBody.of(profile), packages.enabled(),
                    packages.ssccExtensionDigit());
        }
    }

    private final SettingsService settings;

    SettingsApi(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsView get() {
        return SettingsView.of(settings.get(), settings.gs1(), settings.timeZone(), settings.profile(),
                settings.packages());
    }

    @PutMapping
    SettingsView update(@RequestBody SettingsBody body) {
        new Validation()
                .require(body.lotsAndSerialNumbers() != null, "lotsAndSerialNumbers", "is required: true or false")
                .require(body.expirationDates() != null, "expirationDates", "is required: true or false")
                .throwIfAny();
        Gs1Settings gs1 = gs1Change(body, settings.gs1());
        ZoneId zone = body.timeZone() == null ? settings.timeZone() : SiteCalendar.zoneOf(body.timeZone(), "timeZone");
        SiteProfile profile = body.siteProfile() == null ? settings.profile() : body.siteProfile().validated();
        PackageSettings current = settings.packages();
        PackageSettings packages = new PackageSettings(body.packages() == null ? current.enabled() : body.packages(),
                body.ssccExtensionDigit() == null ? current.ssccExtensionDigit() : body.ssccExtensionDigit());
        settings.update(new Settings(body.lotsAndSerialNumbers(), body.expirationDates()), gs1, zone, profile, packages);
        return get();
    }

    /** Fields left out of the body keep their current value; the rules are those of {@link Gs1Settings#of}. */
    private static Gs1Settings gs1Change(SettingsBody body, Gs1Settings current) {
        List<Gs1Settings.GivenPrefix> prefixes = body.gs1CompanyPrefixes() == null
                ? current.companyPrefixes().stream().map(p -> new Gs1Settings.GivenPrefix(p, null)).toList()
                : body.gs1CompanyPrefixes().stream()
                        .map(p -> p == null ? null : new Gs1Settings.GivenPrefix(p.prefix(), p.length())).toList();
        String gln = body.siteGln() == null ? current.siteGln() : body.siteGln();
        String form = body.epcisIdentifiers() == null ? current.epcisIdentifiers() : body.epcisIdentifiers();
        return Gs1Settings.of(prefixes, gln, form);
    }
}
