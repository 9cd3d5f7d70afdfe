package io.stocktrace.gs1;

/**
 * GS1 check digits: the mod-10 digit of GTIN, GLN, SSCC and other numeric keys, and the alphanumeric check
 * character pair of GMN (AI 8013) and MUDI (AI 8014).
 */
public final class CheckDigit {

    private static final String CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIME_WEIGHTS = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61,
            67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113};

    private CheckDigit() {
    }

    /** True when {@code digits} is all digits and its last digit is the GS1 mod-10 check digit of the rest. */
    public static boolean isValid(String digits) {
        return digits != null && lintMod10(digits, 0) == null;
    }

    /** The GS1 mod-10 check digit for {@code digits} (which must not already carry one). */
    public static char compute(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new IllegalArgumentException("not all digits: " + digits);
            }
        }
        return mod10(digits, digits.length());
    }

    static LintFailure lintMod10(String data, int currentYear) {
        int length = data.length();
        if (length == 0) {
            return LintFailure.of(LintError.TOO_SHORT_FOR_CHECK_DIGIT, 0, 0);
        }
        for (int i = 0; i < length; i++) {
            char c = data.charAt(i);
            if (c < '0' || c > '9') {
                return LintFailure.of(LintError.NON_DIGIT_CHARACTER, i, 1);
            }
        }
        if (mod10(data, length - 1) != data.charAt(length - 1)) {
            return LintFailure.of(LintError.INCORRECT_CHECK_DIGIT, length - 1, 1);
        }
        return null;
    }

    /** Weights 3,1,3,... from the digit next to the check digit leftwards. */
    private static char mod10(String digits, int dataLength) {
        int sum = 0;
        int weight = 3;
        for (int i = dataLength - 1; i >= 0; i--) {
            sum += weight * (digits.charAt(i) - '0');
            weight = 4 - weight;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static LintFailure lintAlphaPair(String data, int currentYear) {
        int length = data.length();
        if (length < 2) {
            return LintFailure.of(LintError.TOO_SHORT_FOR_CHECK_PAIR, 0, length);
        }
        if (length - 2 > PRIME_WEIGHTS.length) {
            return LintFailure.of(LintError.INCORRECT_CHECK_PAIR, length - 2, 2);
        }
        int sum = 0;
        for (int i = length - 3, w = 0; i >= 0; i--, w++) {
            int value = CharacterSet.CSET82.indexOf(data.charAt(i));
            if (value < 0) {
                return LintFailure.of(LintError.INCORRECT_CHECK_PAIR, i, 1);
            }
            sum += value * PRIME_WEIGHTS[w];
        }
        sum %= 1021;
        if (data.charAt(length - 2) != CSET32.charAt(sum >> 5) || data.charAt(length - 1) != CSET32.charAt(sum & 31)) {
            return LintFailure.of(LintError.INCORRECT_CHECK_PAIR, length - 2, 2);
        }
        return null;
    }
}
