package io.stocktrace.gs1;

/** Linters on the shape of a field: zero rules, flags, piece-of-total, percent-encoding, coordinates, GCP. */
final class FieldLinters {

    private static final int GCP_MIN_LENGTH = 4;

    private FieldLinters() {
    }

    static LintFailure zero(String data, int currentYear) {
        return data.equals("0") ? null : LintFailure.whole(LintError.NOT_ZERO, data);
    }

    static LintFailure nonzero(String data, int currentYear) {
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) != '0') {
                return null;
            }
        }
        return LintFailure.whole(LintError.ILLEGAL_ZERO_VALUE, data);
    }

    static LintFailure nozeroprefix(String data, int currentYear) {
        return data.length() > 1 && data.charAt(0) == '0' ? LintFailure.of(LintError.ILLEGAL_ZERO_PREFIX, 0, 1) : null;
    }

    static LintFailure winding(String data, int currentYear) {
        return oneOf(data, "019", LintError.INVALID_WINDING_DIRECTION);
    }

    static LintFailure yesno(String data, int currentYear) {
        return oneOf(data, "01", LintError.NOT_ZERO_OR_ONE);
    }

    static LintFailure hyphen(String data, int currentYear) {
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) != '-') {
                return LintFailure.of(LintError.NOT_HYPHEN, i, 1);
            }
        }
        return null;
    }

    static LintFailure hasnondigit(String data, int currentYear) {
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) < '0' || data.charAt(i) > '9') {
                return null;
            }
        }
        return LintFailure.whole(LintError.REQUIRES_NON_DIGIT_CHARACTER, data);
    }

    static LintFailure pieceoftotal(String data, int currentYear) {
        int half = data.length() / 2;
        if (data.length() % 2 != 0) {
            return LintFailure.whole(LintError.INVALID_LENGTH_FOR_PIECE_OF_TOTAL, data);
        }
        int piece = Gs1Dictionary.digits(data, 0, half);
        int total = Gs1Dictionary.digits(data, half, half);
        if (piece == 0) {
            return LintFailure.of(LintError.ZERO_PIECE_NUMBER, 0, half);
        }
        if (total == 0) {
            return LintFailure.of(LintError.ZERO_TOTAL_PIECES, half, half);
        }
        return piece > total ? LintFailure.whole(LintError.PIECE_NUMBER_EXCEEDS_TOTAL, data) : null;
    }

    /** "n/m": position n of a sequence of m, both without leading zero. */
    static LintFailure posinseqslash(String data, int currentYear) {
        int slash = data.indexOf('/');
        if (slash < 1 || slash != data.lastIndexOf('/') || slash == data.length() - 1) {
            return LintFailure.whole(LintError.POSITION_IN_SEQUENCE_MALFORMED, data);
        }
        int position = Gs1Dictionary.digits(data, 0, slash);
        int end = Gs1Dictionary.digits(data, slash + 1, data.length() - slash - 1);
        if (position < 0 || end < 0) {
            return LintFailure.whole(LintError.POSITION_IN_SEQUENCE_MALFORMED, data);
        }
        if (data.charAt(0) == '0' || data.charAt(slash + 1) == '0') {
            return LintFailure.whole(LintError.ILLEGAL_ZERO_PREFIX, data);
        }
        return position > end ? LintFailure.whole(LintError.POSITION_EXCEEDS_END, data) : null;
    }

    static LintFailure importeridx(String data, int currentYear) {
        char c = data.isEmpty() ? 0 : data.charAt(0);
        boolean valid = data.length() == 1 && (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c == '-' || c == '_');
        return valid ? null : LintFailure.whole(LintError.INVALID_IMPORT_IDX_CHARACTER, data);
    }

    static LintFailure pcenc(String data, int currentYear) {
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) == '%'
                    && (i + 2 >= data.length() || !isHex(data.charAt(i + 1)) || !isHex(data.charAt(i + 2)))) {
                return LintFailure.of(LintError.INVALID_PERCENT_SEQUENCE, i, Math.min(3, data.length() - i));
            }
        }
        return null;
    }

    static LintFailure latitude(String data, int currentYear) {
        long value = tenDigits(data);
        return value >= 0 && value <= 1_800_000_000L ? null : LintFailure.whole(LintError.INVALID_LATITUDE, data);
    }

    static LintFailure longitude(String data, int currentYear) {
        long value = tenDigits(data);
        return value >= 0 && value <= 3_600_000_000L ? null : LintFailure.whole(LintError.INVALID_LONGITUDE, data);
    }

    static LintFailure gcppos1(String data, int currentYear) {
        return companyPrefixAt(data, 0);
    }

    static LintFailure gcppos2(String data, int currentYear) {
        return companyPrefixAt(data, 1);
    }

    // Without a GCP allocation table, only the minimum-length numeric GCP can be checked.
    private static LintFailure companyPrefixAt(String data, int start) {
        if (data.length() < start + GCP_MIN_LENGTH) {
            return LintFailure.of(LintError.TOO_SHORT_FOR_GCP, start, Math.max(0, data.length() - start));
        }
        for (int i = start; i < start + GCP_MIN_LENGTH; i++) {
            if (data.charAt(i) < '0' || data.charAt(i) > '9') {
                return LintFailure.of(LintError.INVALID_GCP_PREFIX, i, 1);
            }
        }
        return null;
    }

    private static LintFailure oneOf(String data, String allowed, LintError error) {
        return data.length() == 1 && allowed.indexOf(data.charAt(0)) >= 0 ? null : LintFailure.whole(error, data);
    }

    private static long tenDigits(String data) {
        if (data.length() != 10) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 10; i++) {
            char c = data.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
