package io.stocktrace.gs1;

/** Rendering of untrusted input inside error messages. */
final class Text {

    private static final int MAX_QUOTED = 40;

    private Text() {
    }

    /** The text with control and non-ASCII characters shown as \\uXXXX, cut to a readable length. */
    static String printable(CharSequence text) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (end < text.length()) {
            out.append("...");
        }
        return out.toString();
    }
}
