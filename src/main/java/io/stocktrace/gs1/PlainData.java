package io.stocktrace.gs1;

/**
 * Plain (non-GS1) scan data in the engine's text form: data that would read as a leading FNC1 ("^", "\^",
 * "\\^", ...) gets one more leading backslash, so that only GS1 data starts with '^'.
 */
final class PlainData {

    private PlainData() {
    }

    static String escape(String data) {
        return startsWithEscapedCaret(data, 0) ? "\\" + data : data;
    }

    static String unescape(String data) {
        return startsWithEscapedCaret(data, 1) ? data.substring(1) : data;
    }

    private static boolean startsWithEscapedCaret(String data, int minBackslashes) {
        int i = 0;
        while (i < data.length() && data.charAt(i) == '\\') {
            i++;
        }
        return i >= minBackslashes && i < data.length() && data.charAt(i) == '^';
    }
}
