package io.stocktrace.gs1;

/** The component types of the syntax dictionary: N numeric, X CSET 82, Y CSET 39, Z base64url (CSET 64). */
enum CharacterSet {
    N, X, Y, Z;

    static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    static final String CSET39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final boolean[] IN_CSET82 = table(CSET82);
    private static final boolean[] IN_CSET39 = table(CSET39);
    private static final boolean[] IN_CSET64 =
            table("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    LintFailure lint(String data) {
        return switch (this) {
            case N -> firstOutside(data, null, LintError.NON_DIGIT_CHARACTER);
            case X -> firstOutside(data, IN_CSET82, LintError.INVALID_CSET82_CHARACTER);
            case Y -> firstOutside(data, IN_CSET39, LintError.INVALID_CSET39_CHARACTER);
            case Z -> lintBase64Url(data);
        };
    }

    static boolean isCset82(char c) {
        return c < 128 && IN_CSET82[c];
    }

    private static LintFailure firstOutside(String data, boolean[] allowed, LintError error) {
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            boolean ok = allowed == null ? c >= '0' && c <= '9' : c < 128 && allowed[c];
            if (!ok) {
                return LintFailure.of(error, i, 1);
            }
        }
        return null;
    }

    // Padding rule as in the GS1 cset64 linter: at most two '=' and only when the padded length is a multiple of 3.
    private static LintFailure lintBase64Url(String data) {
        int length = data.length();
        int pads = 0;
        while (pads < length && data.charAt(length - pads - 1) == '=') {
            pads++;
        }
        if (pads > 2 || (pads > 0 && length % 3 != 0)) {
            return LintFailure.of(LintError.INVALID_CSET64_PADDING, length - pads, pads);
        }
        return firstOutside(data.substring(0, length - pads), IN_CSET64, LintError.INVALID_CSET64_CHARACTER);
    }

    private static boolean[] table(String characters) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < characters.length(); i++) {
            table[characters.charAt(i)] = true;
        }
        return table;
    }
}
