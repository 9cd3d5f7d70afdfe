package io.stocktrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"02345673", "416000336108", "1234567890128", "12345678901231"})
    void accepts_gtin_8_12_13_and_14_with_their_gs1_check_digit(String gtin) {
        assertThat(Gtin.isValid(gtin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345673", "416000336109", "1234567890123", "12345678901234"})
    void refuses_a_wrong_check_digit(String gtin) {
        assertThat(Gtin.isValid(gtin)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0234567", "023456731", "0416000336", "41600033610", "123456789012315",
            "00000000000000000"})
    void refuses_lengths_other_than_8_12_13_and_14(String gtin) {
        assertThat(Gtin.isValid(gtin)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" 02345673", "02345673 ", "0234567A", "+2345673", "０２３４５６７３", "٠٢٣٤٥٦٧٣"})
    void refuses_anything_but_ascii_digits(String gtin) {
        assertThat(Gtin.isValid(gtin)).isFalse();
    }

    @Test
    void computes_the_check_digit_with_weights_3_and_1_from_the_right() {
        assertThat(Gtin.checkDigit("0234567")).isEqualTo(3);
        assertThat(Gtin.checkDigit("41600033610")).isEqualTo(8);
        assertThat(Gtin.checkDigit("123456789012")).isEqualTo(8);
        assertThat(Gtin.checkDigit("1234567890123")).isEqualTo(1);
        assertThat(Gtin.checkDigit("0000000")).isZero();
    }

    @Test
    void keeps_the_check_digit_valid_when_padded_to_14_digits() {
        for (String gtin : new String[] {"02345673", "416000336108", "1234567890128", "12345678901231"}) {
            String padded = Gtin.normalize(gtin);
            assertThat(padded).hasSize(14).endsWith(gtin);
            assertThat(Gtin.isValid(padded)).as(padded).isTrue();
        }
        assertThat(Gtin.normalize("02345673")).isEqualTo("00000002345673");
    }
}
