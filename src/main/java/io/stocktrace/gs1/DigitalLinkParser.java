package io.stocktrace.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses a GS1 Digital Link URI: {@code https://domain[/stem]/key/value[/qualifier/value]*[?ai=value&...][#...]}.
 * The primary key is the rightmost /AI/value pair whose AI is a Digital Link key; anything before it is stem.
 */
final class DigitalLinkParser {

    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";

    // Legacy path names of GS1 Digital Link 1.0, accepted only when the option is on.
    private static final Map<String, String> CONVENIENCE_ALPHAS = Map.ofEntries(
            Map.entry("gtin", "01"), Map.entry("itip", "8006"), Map.entry("cpv", "22"), Map.entry("lot", "10"),
            Map.entry("ser", "21"), Map.entry("sscc", "00"), Map.entry("gln", "414"), Map.entry("glnx", "254"),
            Map.entry("party", "417"), Map.entry("gsrn", "8018"), Map.entry("gsrnp", "8017"),
            Map.entry("srin", "8019"), Map.entry("gdti", "253"), Map.entry("gcn", "255"), Map.entry("ginc", "401"),
            Map.entry("gsin", "402"), Map.entry("grai", "8003"), Map.entry("giai", "8004"),
            Map.entry("cpid", "8010"), Map.entry("cpsn", "8011"), Map.entry("gmn", "8013"));

    private final AiResolver resolver;
    private final Gs1Options options;

    DigitalLinkParser(AiResolver resolver, Gs1Options options) {
        this.resolver = resolver;
        this.options = options;
    }

    List<ParsedElement> parse(String uri) {
        checkCharacters(uri);
        int hostStart = schemeLength(uri);
        int pathStart = uri.indexOf('/', hostStart);
        if (pathStart <= hostStart) {
            throw Gs1SyntaxException.at(hostStart, "the URI must have a domain followed by a path");
        }
        UriHost.check(uri, hostStart, pathStart);
        int end = uri.indexOf('#', pathStart);
        end = end < 0 ? uri.length() : end;
        int query = uri.indexOf('?', pathStart);
        query = query < 0 || query > end ? -1 : query;
        List<ParsedElement> elements = parsePath(uri, pathStart, query < 0 ? end : query);
        if (query >= 0) {
            parseQuery(uri, query + 1, end, elements);
        }
        DigitalLinkRules.check(elements, options);
        return elements;
    }

    private static void checkCharacters(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c > 127 || URI_CHARACTERS.indexOf(c) < 0) {
                throw Gs1SyntaxException.at(i, "the URI contains the character '" + Text.printable(String.valueOf(c))
                        + "', which is not allowed in a URI");
            }
        }
    }

    private static int schemeLength(String uri) {
        for (String scheme : new String[] {"https://", "HTTPS://", "http://", "HTTP://"}) {
            if (uri.startsWith(scheme)) {
                return scheme.length();
            }
        }
        throw Gs1SyntaxException.at(0, "the URI must start with http:// or https://");
    }

    private List<ParsedElement> parsePath(String uri, int pathStart, int pathEnd) {
        List<int[]> segments = new ArrayList<>();
        for (int i = pathStart; i < pathEnd; ) {
            int next = uri.indexOf('/', i + 1);
            next = next < 0 || next > pathEnd ? pathEnd : next;
            segments.add(new int[] {i + 1, next});
            i = next;
        }
        int root = findPrimaryKey(uri, segments);
        if (root < 0) {
            throw Gs1SyntaxException.at(pathStart, "no GS1 Digital Link primary key, such as /01/ or /00/, was found"
                    + " in the path");
        }
        List<ParsedElement> elements = new ArrayList<>();
        for (int k = root; k + 1 < segments.size(); k += 2) {
            int[] aiSegment = segments.get(k);
            int[] valueSegment = segments.get(k + 1);
            String ai = pathAi(uri.substring(aiSegment[0], aiSegment[1]));
            AiDefinition definition = resolver.resolve(ai);
            String value = padGtin(ai, PercentDecoding.decode(uri, valueSegment[0], valueSegment[1], false, ai));
            ElementValidator.checkLength(definition, ai, value, valueSegment[0]);
            Gs1SyntaxEngine.add(elements, new ParsedElement(definition, ai, value, aiSegment[0], valueSegment[0], elements.size()));
        }
        return elements;
    }

    /** Index of the segment holding the primary key AI, walking /AI/value pairs from the right, or -1. */
    private int findPrimaryKey(String uri, List<int[]> segments) {
        for (int k = segments.size() - 2; k >= 0; k -= 2) {
            int[] segment = segments.get(k);
            AiDefinition definition = resolver.resolve(pathAi(uri.substring(segment[0], segment[1])));
            if (definition == null) {
                return -1;
            }
            if (definition.isPrimaryKey()) {
                return k;
            }
        }
        return -1;
    }

    private String pathAi(String segment) {
        if (options.permitConvenienceAlphas()) {
            return CONVENIENCE_ALPHAS.getOrDefault(segment, segment);
        }
        return segment;
    }

    private void parseQuery(String uri, int from, int end, List<ParsedElement> elements) {
        int p = from;
        while (p < end) {
            int amp = uri.indexOf('&', p);
            amp = amp < 0 || amp > end ? end : amp;
            int equals = indexOf(uri, '=', p, amp);
            if (equals > p && allDigits(uri, p, equals)) {
                String ai = uri.substring(p, equals);
                AiDefinition definition = resolver.resolve(ai);
                if (definition == null) {
                    throw Gs1SyntaxException.at(p, "(" + Text.printable(ai) + ") in the query string is not a known AI");
                }
                String value = padGtin(ai, PercentDecoding.decode(uri, equals + 1, amp, true, ai));
                ElementValidator.checkLength(definition, ai, value, equals + 1);
                Gs1SyntaxEngine.add(elements, ParsedElement.attribute(definition, ai, value, p, equals + 1));
            }
            p = amp + 1;
        }
    }

    /** Like {@link String#indexOf(int, int)}, but looking no further than {@code to}, or -1. */
    static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** With the option on, GTIN-8, GTIN-12 and GTIN-13 are left-padded with zeros to GTIN-14. */
    private String padGtin(String ai, String value) {
        int length = value.length();
        if (options.permitZeroSuppressedGtin() && ai.equals("01") && (length == 8 || length == 12 || length == 13)) {
            return "0".repeat(14 - length) + value;
        }
        return value;
    }
}
