package io.stocktrace.gs1;

import java.time.YearMonth;

/** The date and time linters: yymmd0, yymmdd, yyyymmdd, hhmi, hh, mi, ss. */
final class DateLinters {

    private DateLinters() {
    }

    static LintFailure yymmd0(String data, int currentYear) {
        return yymmdd(data, currentYear, true);
    }

    static LintFailure yymmdd(String data, int currentYear) {
        return yymmdd(data, currentYear, false);
    }

    static LintFailure yyyymmdd(String data, int currentYear) {
        LintFailure failure = digitsOfLength(data, 8, LintError.DATE_TOO_SHORT, LintError.DATE_TOO_LONG);
        if (failure != null) {
            return failure;
        }
        return monthAndDay(data, 4, Integer.parseInt(data.substring(0, 4)), false);
    }

    private static LintFailure yymmdd(String data, int currentYear, boolean dayZeroAllowed) {
        LintFailure failure = digitsOfLength(data, 6, LintError.DATE_TOO_SHORT, LintError.DATE_TOO_LONG);
        if (failure != null) {
            return failure;
        }
        int year = Gs1Date.fullYear(Integer.parseInt(data.substring(0, 2)), currentYear);
        return monthAndDay(data, 2, year, dayZeroAllowed);
    }

    private static LintFailure monthAndDay(String data, int monthAt, int year, boolean dayZeroAllowed) {
        int month = twoDigits(data, monthAt);
        if (month < 1 || month > 12) {
            return LintFailure.of(LintError.ILLEGAL_MONTH, monthAt, 2);
        }
        int day = twoDigits(data, monthAt + 2);
        if (day == 0 && dayZeroAllowed) {
            return null;
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return LintFailure.of(LintError.ILLEGAL_DAY, monthAt + 2, 2);
        }
        return null;
    }

    static LintFailure hhmi(String data, int currentYear) {
        LintFailure failure = digitsOfLength(data, 4, LintError.TIME_WRONG_LENGTH, LintError.TIME_WRONG_LENGTH);
        if (failure == null && twoDigits(data, 0) > 23) {
            failure = LintFailure.of(LintError.ILLEGAL_HOUR, 0, 2);
        }
        if (failure == null && twoDigits(data, 2) > 59) {
            failure = LintFailure.of(LintError.ILLEGAL_MINUTE, 2, 2);
        }
        return failure;
    }

    static LintFailure hh(String data, int currentYear) {
        return twoDigitsAtMost(data, 23, LintError.ILLEGAL_HOUR);
    }

    static LintFailure mi(String data, int currentYear) {
        return twoDigitsAtMost(data, 59, LintError.ILLEGAL_MINUTE);
    }

    static LintFailure ss(String data, int currentYear) {
        return twoDigitsAtMost(data, 59, LintError.ILLEGAL_SECOND);
    }

    private static LintFailure twoDigitsAtMost(String data, int max, LintError error) {
        LintFailure failure = digitsOfLength(data, 2, LintError.TIME_WRONG_LENGTH, LintError.TIME_WRONG_LENGTH);
        if (failure == null && twoDigits(data, 0) > max) {
            failure = LintFailure.whole(error, data);
        }
        return failure;
    }

    private static LintFailure digitsOfLength(String data, int length, LintError tooShort, LintError tooLong) {
        if (data.length() < length) {
            return LintFailure.whole(tooShort, data);
        }
        if (data.length() > length) {
            return LintFailure.whole(tooLong, data);
        }
        for (int i = 0; i < length; i++) {
            if (data.charAt(i) < '0' || data.charAt(i) > '9') {
                return LintFailure.of(LintError.NON_DIGIT_CHARACTER, i, 1);
            }
        }
        return null;
    }

    private static int twoDigits(String data, int at) {
        return (data.charAt(at) - '0') * 10 + data.charAt(at + 1) - '0';
    }
}
