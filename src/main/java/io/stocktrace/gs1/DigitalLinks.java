package io.stocktrace.gs1;

/** Recognises text that is meant as a Digital Link URI. */
final class DigitalLinks {

    private DigitalLinks() {
    }

    /** Lower- or upper-case http(s) scheme; a mixed-case scheme is not a Digital Link. */
    static boolean looksLikeUri(String data) {
        return data.startsWith("https://") || data.startsWith("http://")
                || data.startsWith("HTTPS://") || data.startsWith("HTTP://");
    }
}
