package io.stocktrace.settings;

import java.util.List;

/**
 * The site's GS1 identity: its GS1 Company Prefixes (6 to 12 digits), its GLN, and whether EPCIS identifiers are
 * written as URNs ({@code urn}) or GS1 Digital Link URIs ({@code digital-link}).
 */
public record Gs1Settings(List<String> companyPrefixes, String siteGln, String epcisIdentifiers) {
    public static final List<String> IDENTIFIER_FORMS = List.of("urn", "digital-link");

    public boolean urns() {
        return epcisIdentifiers.equals("urn");
    }
}
