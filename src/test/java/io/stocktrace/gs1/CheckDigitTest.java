package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckDigitTest {

    @Test
    void computes_the_mod_10_check_digit_of_gtin_gln_and_sscc() {
        assertThat(CheckDigit.compute("950110153000")).isEqualTo('3');
        assertThat(CheckDigit.compute("0952012345678")).isEqualTo('8');
        assertThat(CheckDigit.compute("12345678901234567")).isEqualTo('5');
    }

    @Test
    void accepts_valid_keys_of_every_length_and_rejects_a_wrong_digit() {
        assertThat(CheckDigit.isValid("02345673")).isTrue();
        assertThat(CheckDigit.isValid("416000336108")).isTrue();
        assertThat(CheckDigit.isValid("1234567890128")).isTrue();
        assertThat(CheckDigit.isValid("12345678901231")).isTrue();
        assertThat(CheckDigit.isValid("12345678901232")).isFalse();
        assertThat(CheckDigit.isValid("1234567890123A")).isFalse();
        assertThat(CheckDigit.isValid("")).isFalse();
    }

    @Test
    void verifies_the_alphanumeric_check_pair_of_a_gmn() {
        assertThat(CheckDigit.lintAlphaPair("1987654Ad4X4bL5ttr2310c2K", 0)).isNull();
        assertThat(CheckDigit.lintAlphaPair("1987654Ad4X4bL5ttr2310c2L", 0).error())
                .isEqualTo(LintError.INCORRECT_CHECK_PAIR);
    }

    @Test
    void a_wrong_gtin_check_digit_is_reported_at_the_check_digit() {
        Gs1SyntaxException error = Gs1SyntaxEngineTest.errorOf(
                () -> Gs1SyntaxEngineTest.ENGINE.parseElementString("^0112345678901232"));
        assertThat(error.ai()).contains("01");
        assertThat(error.position()).isEqualTo(16);
        assertThat(error.getMessage()).isEqualTo(
                "AI (01) at position 16: the check digit is incorrect in '12345678901232'.");
    }
}
