package io.stocktrace.gs1;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Validated GS1 data: the elements in the order given, with accessors for what a warehouse reads off a label.
 * Dates resolve two-digit years with the century rule relative to the year the data was parsed.
 */
public final class Gs1Data {

    private final List<Gs1Element> elements;
    private final Gs1Dictionary dictionary;
    private final int currentYear;

    Gs1Data(List<Gs1Element> elements, Gs1Dictionary dictionary, int currentYear) {
        this.elements = List.copyOf(elements);
        this.dictionary = dictionary;
        this.currentYear = currentYear;
    }

    public List<Gs1Element> elements() {
        return elements;
    }

    /** The value of the first element with this AI. */
    public Optional<String> value(String ai) {
        for (Gs1Element element : elements) {
            if (element.ai().equals(ai)) {
                return Optional.of(element.value());
            }
        }
        return Optional.empty();
    }

    /** GTIN (AI 01), always 14 digits. */
    public Optional<String> gtin() {
        return value("01");
    }

    /** SSCC (AI 00), 18 digits. */
    public Optional<String> sscc() {
        return value("00");
    }

    /** Batch or lot number (AI 10). */
    public Optional<String> lot() {
        return value("10");
    }

    /** Serial number (AI 21). */
    public Optional<String> serial() {
        return value("21");
    }

    /** Use-by or expiry date (AI 17); DD=00 means the last day of the month. */
    public Optional<LocalDate> expirationDate() {
        return date("17").map(Gs1Date::date);
    }

    /** Best-before date (AI 15); DD=00 means the last day of the month. */
    public Optional<LocalDate> bestBeforeDate() {
        return date("15").map(Gs1Date::date);
    }

    /** Production date (AI 11); DD=00 resolves to the first day of the month. */
    public Optional<LocalDate> productionDate() {
        return date("11").map(Gs1Date::date);
    }

    /** A YYMMDD date AI (11, 12, 13, 15, 16, 17) with its raw text and whether the day is known. */
    public Optional<Gs1Date> date(String ai) {
        boolean expiryLike = ai.equals("15") || ai.equals("16") || ai.equals("17");
        return value(ai).filter(this::isYymmdd).map(raw -> Gs1Date.resolve(raw, currentYear, expiryLike));
    }

    /** Human-readable form, e.g. {@code (01)09520123456788(10)ABC123}. */
    public String toBracketed() {
        return ElementStrings.bracketed(elements);
    }

    /** Element string with '^' for FNC1, e.g. {@code ^010952012345678810ABC123^17201225}. */
    public String toElementString() {
        return ElementStrings.unbracketed(elements, dictionary, '^', true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gs1Data data && data.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    @Override
    public String toString() {
        return toBracketed();
    }

    private boolean isYymmdd(String value) {
        return value.length() == 6 && DateLinters.yymmd0(value, currentYear) == null;
    }
}
