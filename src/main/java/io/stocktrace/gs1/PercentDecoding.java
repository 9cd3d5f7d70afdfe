package io.stocktrace.gs1;

/** Percent-encoding of Digital Link path and query values. */
final class PercentDecoding {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentDecoding() {
    }

    /**
     * Decodes {@code s[from, to)}. A '+' is a space only in the query. A '%' not followed by two hex digits stays
     * literal; an encoded NUL is refused.
     */
    static String decode(String s, int from, int to, boolean plusIsSpace, String ai) {
        if (DigitalLinkParser.indexOf(s, '%', from, to) < 0) {
            String raw = s.substring(from, to);
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%' && isHexPair(s, i + 1, to)) {
                char decoded = (char) (Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                if (decoded == 0) {
                    throw Gs1SyntaxException.forAi(ai, i, "the value contains an encoded NUL character (%00)");
                }
                out.append(decoded);
                i += 2;
            } else {
                out.append(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static boolean isHexPair(String s, int at, int to) {
        return at + 1 < to && Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0
                && s.charAt(at) < 128 && s.charAt(at + 1) < 128;
    }

    /** Escapes everything but unreserved characters, as the Digital Link generator must. */
    static String encode(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep = c < 128 && UNRESERVED.indexOf(c) >= 0;
            if (!keep && out == null) {
                out = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (out != null) {
                if (keep) {
                    out.append(c);
                } else {
                    out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                }
            }
        }
        return out == null ? value : out.toString();
    }
}
