package io.stocktrace.catalog;

/** GS1 Global Trade Item Numbers: 8, 12, 13 or 14 digits whose last digit is the GS1 mod-10 check digit. */
public final class Gtin {
    private Gtin() {
    }

    public static boolean isValid(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}")) {
            return false;
        }
        return checkDigit(gtin.substring(0, gtin.length() - 1)) == gtin.charAt(gtin.length() - 1) - '0';
    }

    /** The check digit of a digit string: weights 3 and 1 alternate from the rightmost digit. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** The 14-digit form, left-padded with zeros. */
    public static String normalize(String gtin) {
        return "0".repeat(14 - gtin.length()) + gtin;
    }
}
