package io.stocktrace.pack;

import io.stocktrace.gs1.CheckDigit;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.Map;

/**
 * The Serial Shipping Container Code (GS1 AI 00): an extension digit, the GS1 company prefix, a serial reference
 * filling the rest of 17 digits, and the mod-10 check digit. Plain Java.
 */
public final class Sscc {
    public static final int LENGTH = 18;

    private Sscc() {
    }

    /**
     * The SSCC of the serial reference {@code serialReference} under the prefix.
     *
     * @throws StocktraceException limit-exceeded when the serial reference no longer fits beside the prefix
     */
    public static String of(int extensionDigit, String companyPrefix, long serialReference) {
        if (extensionDigit < 0 || extensionDigit > 9) {
            throw new IllegalArgumentException("extension digit " + extensionDigit);
        }
        if (!companyPrefix.matches("[0-9]{4,12}")) {
            throw new IllegalArgumentException("company prefix " + companyPrefix);
        }
        int width = LENGTH - 2 - companyPrefix.length();
        String reference = Long.toString(serialReference);
        if (serialReference < 0 || reference.length() > width) {
            throw new StocktraceException(ProblemType.LIMIT_EXCEEDED, "Every SSCC serial reference of company prefix "
                    + companyPrefix + " (" + width + " digits) is used: add another company prefix in the settings.",
                    java.util.List.of(), Map.of("limit", "ssccSerialReference"));
        }
        String data = extensionDigit + companyPrefix + "0".repeat(width - reference.length()) + reference;
        return data + CheckDigit.compute(data);
    }

    /** True for 18 digits whose last is the check digit of the others. */
    public static boolean isSscc(String name) {
        return name != null && name.length() == LENGTH && CheckDigit.isValid(name);
    }

    /** True for 18 digits, whether or not the check digit is right: a name that means to be an SSCC. */
    static boolean looksLikeSscc(String name) {
        return name != null && name.matches("[0-9]{18}");
    }

    /** The check digit the first 17 digits call for. */
    static char expectedCheckDigit(String eighteenDigits) {
        return CheckDigit.compute(eighteenDigits.substring(0, LENGTH - 1));
    }
}
