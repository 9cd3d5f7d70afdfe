package io.stocktrace.settings;

import io.stocktrace.gs1.CheckDigit;
import io.stocktrace.problem.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The site's GS1 identity: its GS1 Company Prefixes (6 to 12 digits), its GLN, and whether EPCIS identifiers are
 * written as URNs ({@code urn}) or GS1 Digital Link URIs ({@code digital-link}).
 */
public record Gs1Settings(List<String> companyPrefixes, String siteGln, String epcisIdentifiers) {
    public static final List<String> IDENTIFIER_FORMS = List.of("urn", "digital-link");
    static final String PREFIXES = "gs1CompanyPrefixes";
    static final String SITE_GLN = "siteGln";
    static final String IDENTIFIERS = "epcisIdentifiers";

    public Gs1Settings {
        companyPrefixes = List.copyOf(companyPrefixes);
    }

    /** A company prefix as someone gave it, with the number of digits they said it has (null when not said). */
    public record GivenPrefix(String prefix, Integer length) {
    }

    /**
     * Validates GS1 settings as given by a person or a client, reporting every bad field at once (field names as
     * in the API: {@code gs1CompanyPrefixes[0].prefix}, {@code siteGln}, {@code epcisIdentifiers}). A blank GLN
     * means none.
     */
    public static Gs1Settings of(List<GivenPrefix> prefixes, String siteGln, String epcisIdentifiers) {
        Validation validation = new Validation();
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            GivenPrefix given = prefixes.get(i);
            String field = PREFIXES + "[" + i + "]";
            String prefix = given == null ? null : given.prefix();
            boolean digits = prefix != null && prefix.matches("[0-9]{6,12}");
            validation.require(digits, field + ".prefix", "must be 6 to 12 digits" + shown(prefix));
            if (digits) {
                validation.require(given.length() == null || given.length() == prefix.length(), field + ".length",
                        "must be the number of digits of the prefix " + prefix);
                valid.add(prefix);
            }
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = valid.stream().filter(p -> !seen.add(p)).distinct().toList();
        validation.require(twice.isEmpty(), PREFIXES, "lists " + String.join(", ", twice) + " twice");
        String gln = siteGln == null || siteGln.isBlank() ? null : siteGln.strip();
        validation.require(gln == null || gln.matches("[0-9]{13}") && CheckDigit.isValid(gln), SITE_GLN,
                "must be a GLN: 13 digits with a valid check digit" + shown(gln));
        validation.require(epcisIdentifiers != null && IDENTIFIER_FORMS.contains(epcisIdentifiers), IDENTIFIERS, "must be urn or digital-link");
        validation.throwIfAny();
        return new Gs1Settings(valid, gln, epcisIdentifiers);
    }

    public boolean urns() {
        return epcisIdentifiers.equals("urn");
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        if (!value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            return ", not a value with control characters";
        }
        return ", not '" + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'";
    }
}
