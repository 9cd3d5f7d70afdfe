package io.stocktrace.gs1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Linters that look values up in code lists: countries, currencies, sex codes, media types, IBAN. */
final class CodeListLinters {

    private static final Set<String> COUNTRIES_NUMERIC = readCodes("/gs1/iso3166-numeric.txt");
    private static final Set<String> COUNTRIES_ALPHA2 = Set.of(Locale.getISOCountries());
    private static final Set<String> CURRENCIES_NUMERIC = currencyNumericCodes();
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CodeListLinters() {
    }

    static LintFailure iso3166(String data, int currentYear) {
        return COUNTRIES_NUMERIC.contains(data) ? null : LintFailure.whole(LintError.NOT_ISO3166, data);
    }

    static LintFailure iso3166999(String data, int currentYear) {
        return data.equals("999") || COUNTRIES_NUMERIC.contains(data)
                ? null : LintFailure.whole(LintError.NOT_ISO3166_OR_999, data);
    }

    static LintFailure iso3166alpha2(String data, int currentYear) {
        return COUNTRIES_ALPHA2.contains(data) ? null : LintFailure.whole(LintError.NOT_ISO3166_ALPHA2, data);
    }

    static LintFailure iso4217(String data, int currentYear) {
        return CURRENCIES_NUMERIC.contains(data) ? null : LintFailure.whole(LintError.NOT_ISO4217, data);
    }

    static LintFailure iso5218(String data, int currentYear) {
        return data.length() == 1 && "0129".indexOf(data.charAt(0)) >= 0
                ? null : LintFailure.whole(LintError.INVALID_BIOLOGICAL_SEX_CODE, data);
    }

    /** GS1 AIDC media type code list: 01 to 10 are assigned, 80 to 99 are for company-internal use. */
    static LintFailure mediatype(String data, int currentYear) {
        int code = Gs1Dictionary.digits(data, 0, data.length());
        boolean valid = data.length() == 2 && (code >= 1 && code <= 10 || code >= 80 && code <= 99);
        return valid ? null : LintFailure.whole(LintError.INVALID_MEDIA_TYPE, data);
    }

    // The shortest IBAN in use (Norway) has 15 characters.
    static LintFailure iban(String data, int currentYear) {
        if (data.length() < 15) {
            return LintFailure.whole(LintError.IBAN_TOO_SHORT, data);
        }
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 ? !letter : i < 4 ? !digit : !(letter || digit)) {
                return LintFailure.of(LintError.INVALID_IBAN_CHARACTER, i, 1);
            }
        }
        if (!COUNTRIES_ALPHA2.contains(data.substring(0, 2))) {
            return LintFailure.of(LintError.ILLEGAL_IBAN_COUNTRY_CODE, 0, 2);
        }
        StringBuilder numeric = new StringBuilder();
        String rearranged = data.substring(4) + data.substring(0, 4);
        for (int i = 0; i < rearranged.length(); i++) {
            numeric.append(Character.digit(rearranged.charAt(i), 36));
        }
        if (new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() != 1) {
            return LintFailure.of(LintError.INCORRECT_IBAN_CHECKSUM, 2, 2);
        }
        return null;
    }

    private static Set<String> currencyNumericCodes() {
        Set<String> codes = new HashSet<>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            if (currency.getNumericCode() > 0) {
                codes.add(String.format("%03d", currency.getNumericCode()));
            }
        }
        return Set.copyOf(codes);
    }

    private static Set<String> readCodes(String resource) {
        try (InputStream in = CodeListLinters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> codes = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String code : line.trim().split("\\s+")) {
                        if (!code.isEmpty()) {
                            codes.add(code);
                        }
                    }
                }
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
