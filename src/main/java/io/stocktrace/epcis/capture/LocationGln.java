package io.stocktrace.epcis.capture;

import io.stocktrace.gs1.CheckDigit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GLN a location identifier names: an SGLN URN ({@code urn:epc:id:sgln:GCP.LocationRef.extension}) or a GS1 Digital
 * Link URI with AI 414 (any host, an AI 254 extension ignored); empty for anything else, a party's PGLN included.
 */
final class LocationGln {
    private static final Pattern URN = Pattern.compile("urn:epc:id:sgln:([0-9]{6,12})\\.([0-9]{0,6})\\.[^.]*");
    private static final Pattern LINK = Pattern.compile("https?://[^/]+(?:/.*)?/414/([0-9]{13})(?:/254/[^/?#]+)?/?(?:[?#].*)?");

    private LocationGln() {
    }

    static Optional<String> of(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher urn = URN.matcher(uri);
        if (urn.matches()) {
            String body = urn.group(1) + urn.group(2);
            return body.length() == 12 ? Optional.of(body + CheckDigit.compute(body)) : Optional.empty();
        }
        Matcher link = LINK.matcher(uri);
        return link.matches() && CheckDigit.isValid(link.group(1)) ? Optional.of(link.group(1)) : Optional.empty();
    }
}
