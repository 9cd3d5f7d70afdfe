package io.stocktrace.gs1;

/** Checks the authority of a Digital Link URI: a domain name, an IPv4 address or an [IPv6] literal, with a port. */
final class UriHost {

    private UriHost() {
    }

    static void check(String uri, int from, int to) {
        int hostEnd = to;
        if (uri.charAt(from) == '[') {
            int close = uri.indexOf(']', from);
            if (close < 0 || close >= to || !allOf(uri, from + 1, close, "0123456789abcdefABCDEF:.")) {
                throw Gs1SyntaxException.at(from, "the URI host is not a valid IPv6 literal");
            }
            checkPort(uri, close + 1, to);
            return;
        }
        int colon = uri.indexOf(':', from);
        if (colon >= 0 && colon < to) {
            checkPort(uri, colon, to);
            hostEnd = colon;
        }
        if (hostEnd == from || !allOf(uri, from, hostEnd,
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.")) {
            throw Gs1SyntaxException.at(from, "the URI host is not a valid domain name or IP address");
        }
    }

    private static void checkPort(String uri, int colon, int to) {
        if (colon == to) {
            return;
        }
        int digits = to - colon - 1;
        if (uri.charAt(colon) != ':' || digits < 1 || digits > 5 || Gs1Dictionary.digits(uri, colon + 1, digits) < 0
                || Gs1Dictionary.digits(uri, colon + 1, digits) > 65535) {
            throw Gs1SyntaxException.at(colon, "the URI port is not valid");
        }
    }

    private static boolean allOf(String s, int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
