package io.stocktrace.settings;

/**
 * The "Packages" setting (Traceability section): whether packages are used, and the extension digit (0 to 9) that
 * begins the SSCCs this site gives them.
 */
public record PackageSettings(boolean enabled, int ssccExtensionDigit) {
    public PackageSettings {
        if (ssccExtensionDigit < 0 || ssccExtensionDigit > 9) {
            throw io.stocktrace.problem.StocktraceException.invalid("ssccExtensionDigit", "must be a digit, 0 to 9");
        }
    }
}
