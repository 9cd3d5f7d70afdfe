package io.stocktrace.epcis;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * GS1 keys written as EPCIS identifiers (GS1 Tag Data Standard): as pure-identity URNs, which need the GS1 Company
 * Prefix to split the key, or as GS1 Digital Link URIs, which do not. A key whose company prefix is not configured
 * is written as Digital Link even in URN mode, so that an identifier is never wrong.
 */
public final class EpcIdentifiers {
    private static final String DIGITAL_LINK = "https://id.gs1.org";

    private final List<String> companyPrefixes;
    private final boolean urns;

    /**
     * @param companyPrefixes the GS1 Company Prefixes of the keys written (6 to 12 digits each)
     * @param urns            true for URNs, false for Digital Link URIs
     */
    public EpcIdentifiers(List<String> companyPrefixes, boolean urns) {
        // the longest first: a GCP may be a prefix of another company's longer one
        this.companyPrefixes = companyPrefixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.urns = urns;
    }

    /** A lot, as a class: {@code urn:epc:class:lgtin:GCP.IndItemRef.lot}. */
    public String lgtin(String gtin14, String lot) {
        return gtinKey(gtin14)
                .map(k -> "urn:epc:class:lgtin:" + k + "." + escapeUrn(lot))
                .orElseGet(() -> DIGITAL_LINK + "/01/" + gtin14 + "/10/" + escapePath(lot));
    }

    /** One serialised unit: {@code urn:epc:id:sgtin:GCP.IndItemRef.serial}. */
    public String sgtin(String gtin14, String serial) {
        return gtinKey(gtin14)
                .map(k -> "urn:epc:id:sgtin:" + k + "." + escapeUrn(serial))
                .orElseGet(() -> DIGITAL_LINK + "/01/" + gtin14 + "/21/" + escapePath(serial));
    }

    /** Every unit of a GTIN, whatever its lot: {@code urn:epc:idpat:sgtin:GCP.IndItemRef.*}. */
    public String gtinClass(String gtin14) {
        return gtinKey(gtin14).map(k -> "urn:epc:idpat:sgtin:" + k + ".*").orElseGet(() -> DIGITAL_LINK + "/01/" + gtin14);
    }

    /**
     * A logistic unit: {@code urn:epc:id:sscc:GCP.extension+serialRef} of an SSCC (18 digits, check digit last),
     * {@code https://id.gs1.org/00/SSCC} in Digital Link mode or when its company prefix is not configured.
     */
    public String sscc(String sscc) {
        if (urns) {
            String body = sscc.substring(1, 17);
            var gcp = prefixOf(body);
            if (gcp.isPresent()) {
                return "urn:epc:id:sscc:" + gcp.get() + "." + sscc.charAt(0) + body.substring(gcp.get().length());
            }
        }
        return DIGITAL_LINK + "/00/" + sscc;
    }

    /** A location: {@code urn:epc:id:sgln:GCP.LocationRef.extension}; extension "0" means none. */
    public String sgln(String gln, String extension) {
        String ext = extension == null || extension.isEmpty() ? "0" : extension;
        return glnKey(gln).map(k -> "urn:epc:id:sgln:" + k + "." + escapeUrn(ext))
                .orElseGet(() -> DIGITAL_LINK + "/414/" + gln + (ext.equals("0") ? "" : "/254/" + escapePath(ext)));
    }

    /** A party: {@code urn:epc:id:pgln:GCP.PartyRef}. */
    public String pgln(String gln) {
        return glnKey(gln).map(k -> "urn:epc:id:pgln:" + k).orElseGet(() -> DIGITAL_LINK + "/417/" + gln);
    }

    /** What an EPC or class names: a GTIN, and a serial, a lot, or neither (every unit of the GTIN). */
    public record EpcKey(String gtin14, String serial, String lot) {
    }

    /**
     * Reads an SGTIN, LGTIN or GTIN-class identifier, as a URN or a Digital Link URI (any host); empty for anything
     * else, a location or a party included, and for a serial or lot with a broken percent escape ({@code %zz}).
     */
    public static Optional<EpcKey> parse(String uri) {
        try {
            return read(uri);
        } catch (IllegalArgumentException brokenEscape) {
            return Optional.empty();
        }
    }

    private static Optional<EpcKey> read(String uri) {
        java.util.regex.Matcher urn = URN.matcher(uri);
        if (urn.matches()) {
            String gcp = urn.group(2);
            String itemRef = urn.group(3);
            if (gcp.length() + itemRef.length() != 13) {
                return Optional.empty();
            }
            String body = itemRef.charAt(0) + gcp + itemRef.substring(1);
            String gtin14 = body + io.stocktrace.gs1.CheckDigit.compute(body);
            String rest = unescape(urn.group(4));
            return switch (urn.group(1)) {
                case "id:sgtin" -> Optional.of(new EpcKey(gtin14, rest, null));
                case "class:lgtin" -> Optional.of(new EpcKey(gtin14, null, rest));
                default -> rest.equals("*") ? Optional.of(new EpcKey(gtin14, null, null)) : Optional.empty();
            };
        }
        java.util.regex.Matcher link = LINK.matcher(uri);
        if (link.matches() && io.stocktrace.gs1.CheckDigit.isValid(link.group(1))) {
            String value = link.group(3) == null ? null : unescape(link.group(3));
            return Optional.of(new EpcKey(link.group(1), "21".equals(link.group(2)) ? value : null,
                    "10".equals(link.group(2)) ? value : null));
        }
        return Optional.empty();
    }

    /** The SSCC an {@code urn:epc:id:sscc:} URN or a Digital Link {@code /00/} URI names; empty for anything else. */
    public static Optional<String> parseSscc(String uri) {
        java.util.regex.Matcher urn = SSCC_URN.matcher(uri);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 17) {
            String body = urn.group(2).charAt(0) + urn.group(1) + urn.group(2).substring(1);
            return Optional.of(body + io.stocktrace.gs1.CheckDigit.compute(body));
        }
        java.util.regex.Matcher link = SSCC_LINK.matcher(uri);
        return link.matches() && io.stocktrace.gs1.CheckDigit.isValid(link.group(1)) ? Optional.of(link.group(1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern SSCC_URN =
            java.util.regex.Pattern.compile("urn:epc:id:sscc:([0-9]{6,12})\\.([0-9]{5,11})");
    private static final java.util.regex.Pattern SSCC_LINK =
            java.util.regex.Pattern.compile("https?://[^/]+(?:/.*)?/00/([0-9]{18})/?(?:[?#].*)?");

    private static final java.util.regex.Pattern URN =
            java.util.regex.Pattern.compile("urn:epc:(id:sgtin|class:lgtin|idpat:sgtin):([0-9]{6,12})\\.([0-9]{1,7})\\.(.+)");
    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile("https?://[^/]+(?:/.*)?/01/([0-9]{14})(?:/(10|21)/([^/?#]+))?/?(?:[?#].*)?");

    private static String unescape(String value) {
        return java.net.URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** "GCP.indicator+itemRef" of a GTIN-14, when in URN mode and its company prefix is known. */
    private Optional<String> gtinKey(String gtin14) {
        if (!urns) {
            return Optional.empty();
        }
        String withoutIndicator = gtin14.substring(1, 13);
        return prefixOf(withoutIndicator)
                .map(gcp -> gcp + "." + gtin14.charAt(0) + withoutIndicator.substring(gcp.length()));
    }

    /** "GCP.reference" of a GLN (without its check digit), when in URN mode and its company prefix is known. */
    private Optional<String> glnKey(String gln) {
        if (!urns) {
            return Optional.empty();
        }
        String body = gln.substring(0, 12);
        return prefixOf(body).map(gcp -> gcp + "." + body.substring(gcp.length()));
    }

    private Optional<String> prefixOf(String digits) {
        return companyPrefixes.stream().filter(digits::startsWith).findFirst();
    }

    /** The characters TDS §7 requires escaped in an EPC URN component. */
    static String escapeUrn(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("%22");
                case '%' -> out.append("%25");
                case '&' -> out.append("%26");
                case '/' -> out.append("%2F");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '?' -> out.append("%3F");
                case '#' -> out.append("%23");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A Digital Link path segment: unreserved characters as they are, everything else percent-encoded. */
    static String escapePath(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
