package io.stocktrace.gs1;

/** Why a linter rejected a component. Names follow the GS1 reference linters (GS1_LINTER_...). */
enum LintError {
    NON_DIGIT_CHARACTER("a non-digit character is present"),
    INVALID_CSET82_CHARACTER("a character outside GS1 character set 82 is present"),
    INVALID_CSET39_CHARACTER("a character outside GS1 character set 39 is present"),
    INVALID_CSET64_CHARACTER("a character outside the base64url character set is present"),
    INVALID_CSET64_PADDING("the base64url padding is malformed"),
    TOO_SHORT_FOR_CHECK_DIGIT("the data is too short to carry a check digit"),
    INCORRECT_CHECK_DIGIT("the check digit is incorrect"),
    TOO_SHORT_FOR_CHECK_PAIR("the data is too short to carry a check character pair"),
    INCORRECT_CHECK_PAIR("the check character pair is incorrect"),
    TOO_SHORT_FOR_GCP("the data is too short to start with a GS1 Company Prefix"),
    INVALID_GCP_PREFIX("the data does not start with a GS1 Company Prefix"),
    DATE_TOO_SHORT("the date is too short"),
    DATE_TOO_LONG("the date is too long"),
    ILLEGAL_MONTH("the month is not valid"),
    ILLEGAL_DAY("the day is not valid for the month"),
    ILLEGAL_HOUR("the hour is not valid"),
    ILLEGAL_MINUTE("the minute is not valid"),
    ILLEGAL_SECOND("the second is not valid"),
    TIME_WRONG_LENGTH("the time has the wrong length"),
    NOT_ISO3166("the value is not an ISO 3166 numeric country code"),
    NOT_ISO3166_OR_999("the value is not an ISO 3166 numeric country code or 999"),
    NOT_ISO3166_ALPHA2("the value is not an ISO 3166 alpha-2 country code"),
    NOT_ISO4217("the value is not an ISO 4217 numeric currency code"),
    NOT_ZERO("the digit must be zero"),
    ILLEGAL_ZERO_VALUE("the value must not be zero"),
    ILLEGAL_ZERO_PREFIX("the value must not start with zero"),
    NOT_ZERO_OR_ONE("the value must be 0 or 1"),
    INVALID_WINDING_DIRECTION("the winding direction must be 0, 1 or 9"),
    NOT_HYPHEN("the character must be a hyphen"),
    REQUIRES_NON_DIGIT_CHARACTER("the value must contain a non-digit character"),
    ZERO_PIECE_NUMBER("the piece number must not be zero"),
    ZERO_TOTAL_PIECES("the total number of pieces must not be zero"),
    PIECE_NUMBER_EXCEEDS_TOTAL("the piece number exceeds the total number of pieces"),
    INVALID_LENGTH_FOR_PIECE_OF_TOTAL("the piece-of-total field has an odd length"),
    INVALID_PERCENT_SEQUENCE("a percent sign is not followed by two hexadecimal digits"),
    INVALID_BIOLOGICAL_SEX_CODE("the value is not an ISO 5218 sex code"),
    POSITION_IN_SEQUENCE_MALFORMED("the position in sequence is not of the form n/m"),
    POSITION_EXCEEDS_END("the position exceeds the end of the sequence"),
    INVALID_IMPORT_IDX_CHARACTER("the importer index is not a valid character"),
    INVALID_LATITUDE("the latitude is out of range"),
    INVALID_LONGITUDE("the longitude is out of range"),
    INVALID_MEDIA_TYPE("the value is not a known AIDC media type"),
    IBAN_TOO_SHORT("the IBAN is too short"),
    INVALID_IBAN_CHARACTER("the IBAN contains an invalid character"),
    ILLEGAL_IBAN_COUNTRY_CODE("the IBAN country code is not valid"),
    INCORRECT_IBAN_CHECKSUM("the IBAN checksum is incorrect");

    private final String reason;

    LintError(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
