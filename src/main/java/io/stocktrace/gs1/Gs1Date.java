package io.stocktrace.gs1;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A GS1 YYMMDD date (AIs 11, 13, 15, 16, 17, ...) with its raw text kept, because DD=00 ("day unknown") and the
 * last day of the month are different data even when they resolve to the same date.
 *
 * @param raw      the six digits as carried in the barcode
 * @param date     the resolved date: DD=00 becomes the last day of the month for expiry-type AIs and the first
 *                 day otherwise
 * @param dayKnown false when DD=00
 */
public record Gs1Date(String raw, LocalDate date, boolean dayKnown) {

    /**
     * The century rule of the GS1 General Specifications ("determination of century"): with d = YY minus the
     * current two-digit year, d of 51 or more is the previous century, -50 or less the next one, otherwise the
     * current century.
     */
    public static int fullYear(int twoDigitYear, int currentYear) {
        int century = Math.floorDiv(currentYear, 100) * 100;
        int difference = twoDigitYear - Math.floorMod(currentYear, 100);
        if (difference >= 51) {
            century -= 100;
        } else if (difference <= -50) {
            century += 100;
        }
        return century + twoDigitYear;
    }

    /** Resolves a valid YYMMDD (DD may be 00). */
    static Gs1Date resolve(String yymmdd, int currentYear, boolean dayZeroMeansLastDay) {
        int year = fullYear(Integer.parseInt(yymmdd.substring(0, 2)), currentYear);
        YearMonth month = YearMonth.of(year, Integer.parseInt(yymmdd.substring(2, 4)));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day != 0) {
            return new Gs1Date(yymmdd, month.atDay(day), true);
        }
        return new Gs1Date(yymmdd, dayZeroMeansLastDay ? month.atEndOfMonth() : month.atDay(1), false);
    }
}
