package io.stocktrace.settings;

import io.stocktrace.problem.Validation;
import io.stocktrace.gs1.CheckDigit;
import java.util.ArrayList;
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

    /** The GS1 fields are optional on PUT: left out, they stay as they are. */
    record SettingsBody(Boolean lotsAndSerialNumbers, Boolean expirationDates, List<CompanyPrefix> gs1CompanyPrefixes,
                        String siteGln, String epcisIdentifiers) {
    }

    record SettingsView(boolean lotsAndSerialNumbers, boolean expirationDates, List<CompanyPrefix> gs1CompanyPrefixes,
                        String siteGln, String epcisIdentifiers) {
        static SettingsView of(Settings settings, Gs1Settings gs1) {
            return new SettingsView(settings.lotsAndSerialNumbers(), settings.expirationDates(),
                    gs1.companyPrefixes().stream().map(p -> new CompanyPrefix(p, p.length())).toList(), gs1.siteGln(),
                    gs1.epcisIdentifiers());
        }
    }

    private final SettingsService settings;

    SettingsApi(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsView get() {
        return SettingsView.of(settings.get(), settings.gs1());
    }

    @PutMapping
    SettingsView update(@RequestBody SettingsBody body) {
        new Validation()
                .require(body.lotsAndSerialNumbers() != null, "lotsAndSerialNumbers", "is required: true or false")
                .require(body.expirationDates() != null, "expirationDates", "is required: true or false")
                .throwIfAny();
        Gs1Settings gs1 = gs1Change(body, settings.gs1());
        Settings updated = settings.update(new Settings(body.lotsAndSerialNumbers(), body.expirationDates()));
        return SettingsView.of(updated, settings.updateGs1(gs1));
    }

    private static Gs1Settings gs1Change(SettingsBody body, Gs1Settings current) {
        Validation validation = new Validation();
        List<String> prefixes = current.companyPrefixes();
        if (body.gs1CompanyPrefixes() != null) {
            prefixes = new ArrayList<>();
            for (int i = 0; i < body.gs1CompanyPrefixes().size(); i++) {
                CompanyPrefix p = body.gs1CompanyPrefixes().get(i);
                String field = "gs1CompanyPrefixes[" + i + "]";
                boolean digits = p != null && p.prefix() != null && p.prefix().matches("[0-9]{6,12}");
                validation.require(digits, field + ".prefix", "must be 6 to 12 digits");
                validation.require(!digits || p.length() == null || p.length() == p.prefix().length(), field + ".length",
                        "must be the number of digits of the prefix");
                if (digits) {
                    prefixes.add(p.prefix());
                }
            }
            validation.require(prefixes.stream().distinct().count() == prefixes.size(), "gs1CompanyPrefixes",
                    "lists a prefix twice");
        }
        String gln = body.siteGln() == null ? current.siteGln() : body.siteGln().isBlank() ? null : body.siteGln();
        validation.require(gln == null || (gln.matches("[0-9]{13}") && CheckDigit.isValid(gln)), "siteGln",
                "must be a GLN: 13 digits with a valid check digit");
        String form = body.epcisIdentifiers() == null ? current.epcisIdentifiers() : body.epcisIdentifiers();
        validation.require(Gs1Settings.IDENTIFIER_FORMS.contains(form), "epcisIdentifiers", "must be urn or digital-link");
        validation.throwIfAny();
        return new Gs1Settings(prefixes, gln, form);
    }
}
