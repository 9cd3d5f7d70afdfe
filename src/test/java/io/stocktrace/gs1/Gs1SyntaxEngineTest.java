package io.stocktrace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class Gs1SyntaxEngineTest {

    static final Gs1SyntaxEngine ENGINE = new Gs1SyntaxEngine(Gs1SyntaxEngineVectorsTest.YEAR_2021);
    private static final List<Gs1Element> LABEL = List.of(Gs1Element.of("01", "09520123456788"),
            Gs1Element.of("17", "261231"), Gs1Element.of("10", "ABC123"), Gs1Element.of("21", "S/1"));

    static Gs1SyntaxException errorOf(ThrowingCallable call) {
        return catchThrowableOfType(Gs1SyntaxException.class, call);
    }

    @Test
    void every_input_form_of_one_label_gives_the_same_data() {
        Gs1Data expected = ENGINE.validate(LABEL);
        assertThat(ENGINE.parse("(01)09520123456788(17)261231(10)ABC123(21)S/1")).isEqualTo(expected);
        assertThat(ENGINE.parse("^01095201234567881726123110ABC123^21S/1")).isEqualTo(expected);
        assertThat(ENGINE.parse("]d2010952012345678817261231" + "10ABC123\u001d21S/1")).isEqualTo(expected);
        assertThat(ENGINE.parse("010952012345678817261231" + "10ABC123\u001d21S/1\r\n")).isEqualTo(expected);
        assertThat(ENGINE.parse("https://id.gs1.org/01/09520123456788/10/ABC123/21/S%2F1?17=261231").elements())
                .containsExactlyInAnyOrderElementsOf(LABEL);
    }

    @Test
    void gs1_data_exposes_what_a_warehouse_reads_off_a_label() {
        Gs1Data data = ENGINE.validate(LABEL);
        assertThat(data.gtin()).contains("09520123456788");
        assertThat(data.lot()).contains("ABC123");
        assertThat(data.serial()).contains("S/1");
        assertThat(data.expirationDate()).contains(LocalDate.of(2026, 12, 31));
        assertThat(data.bestBeforeDate()).isEmpty();
        assertThat(data.sscc()).isEmpty();
    }

    @Test
    void generates_bracketed_element_string_digital_link_and_scan_data() {
        assertThat(ENGINE.toBracketed(LABEL)).isEqualTo("(01)09520123456788(17)261231(10)ABC123(21)S/1");
        assertThat(ENGINE.toElementString(LABEL)).isEqualTo("^010952012345678817261231" + "10ABC123^21S/1");
        assertThat(ENGINE.toDigitalLinkUri(LABEL))
                .isEqualTo("https://id.gs1.org/01/09520123456788/10/ABC123/21/S%2F1?17=261231");
        assertThat(ENGINE.toDigitalLinkUri(LABEL, "https://brand.example.com/"))
                .startsWith("https://brand.example.com/01/09520123456788/");
        assertThat(ENGINE.toScanData(Symbology.DATAMATRIX, ENGINE.toElementString(LABEL)))
                .isEqualTo("]d2010952012345678817261231" + "10ABC123\u001d21S/1");
    }

    @Test
    void one_message_carries_at_most_64_ais_in_every_form() {
        Gs1SyntaxEngine syntaxOnly = ENGINE.withOptions(ENGINE.options().withCheckAssociations(false));
        String sixtyFour = "(99)AA".repeat(64);
        assertThat(syntaxOnly.parseBracketed(sixtyFour).elements()).hasSize(64);

        Gs1SyntaxException error = errorOf(() -> syntaxOnly.parseBracketed(sixtyFour + "(99)ZZ"));
        assertThat(error.ai()).contains("99");
        assertThat(error.position()).isEqualTo(64 * 6 + 1);
        assertThat(error.reason()).contains("65 AIs");
    }

    @Test
    void a_data_bracket_is_escaped_in_the_bracketed_form() {
        Gs1Data data = ENGINE.parseBracketed("(01)09520123456788(10)A\\(1)");
        assertThat(data.lot()).contains("A(1)");
        assertThat(data.toBracketed()).isEqualTo("(01)09520123456788(10)A\\(1)");
    }

    @Test
    void rejects_a_lot_without_a_trade_item_it_belongs_to() {
        Gs1SyntaxException error = errorOf(() -> ENGINE.parseBracketed("(10)ABC123"));
        assertThat(error.getMessage()).isEqualTo(
                "AI (10) at position 1: it requires one of AIs (01), (02), (03), (8006) or (8026) in the same message.");
    }

    @Test
    void rejects_mutually_exclusive_ais_naming_both() {
        Gs1SyntaxException error = errorOf(() -> ENGINE.parseBracketed("(01)12345678901231(02)12345678901231"));
        assertThat(error.getMessage()).isEqualTo("AI (02) at position 19: it must not be used together with AI (01).");
        assertThat(error.position()).isEqualTo(19);
    }

    @Test
    void rejects_a_repeated_ai_with_another_value_at_the_repetition() {
        Gs1SyntaxException error = errorOf(
                () -> ENGINE.parseBracketed("(01)12345678901231(10)A(10)B"));
        assertThat(error.ai()).contains("10");
        assertThat(error.position()).isEqualTo(24);
    }

    @Test
    void a_digital_signature_requires_the_serial_component_of_the_signed_key() {
        assertThat(errorOf(() -> ENGINE.parseBracketed("(253)1234567890128(8030)ABC123")).getMessage())
                .contains("AI (253)", "serial component");
        assertThat(ENGINE.parseBracketed("(253)1234567890128X(8030)ABC123").elements()).hasSize(2);
    }

    @Test
    void an_invalid_expiry_day_is_reported_at_the_day() {
        Gs1SyntaxException error = errorOf(() -> ENGINE.parse("^010952012345678817210229"));
        assertThat(error.ai()).contains("17");
        assertThat(error.position()).isEqualTo(23);
        assertThat(error.getMessage()).contains("the day is not valid for the month");
    }

    @Test
    void a_too_long_variable_length_value_names_its_limits() {
        Gs1SyntaxException error = errorOf(() -> ENGINE.parseBracketed("(01)09520123456788(10)" + "X".repeat(21)));
        assertThat(error.getMessage()).isEqualTo("AI (10) at position 22: the data is too long: 21 characters"
                + " where at most 20 are allowed.");
    }

    @Test
    void errors_inside_scan_data_count_the_symbology_identifier() {
        Gs1SyntaxException error = errorOf(() -> ENGINE.parseScanData("]C1011234567890123A"));
        assertThat(error.position()).isEqualTo(18);
        Gs1SyntaxException uriError = errorOf(() -> ENGINE.parseScanData("]Q1https://a/01/12312312312334"));
        assertThat(uriError.position()).isEqualTo(3 + 26);
    }

    @Test
    void a_digital_link_qualifier_in_the_query_string_is_rejected() {
        Gs1SyntaxException error = errorOf(() -> ENGINE.parseDigitalLink("https://example.com/01/09520123456788?10=A"));
        assertThat(error.getMessage()).contains("AI (10)", "must be given in the URI path");
        assertThat(error.position()).isEqualTo(38);
    }

    @Test
    void unknown_ais_are_refused_unless_permitted() {
        assertThat(errorOf(() -> ENGINE.parseBracketed("(89)ABC")).getMessage())
                .isEqualTo("At position 1: (89) is not a known AI.");
        Gs1SyntaxEngine lenient = ENGINE.withOptions(Gs1Options.defaults().withPermitUnknownAis(true));
        assertThat(lenient.parseBracketed("(89)ABC").value("89")).contains("ABC");
    }

    @Test
    void try_parse_returns_the_error_instead_of_throwing() {
        assertThat(ENGINE.tryParse("(01)12345678901232")).isInstanceOfSatisfying(Gs1ParseResult.Invalid.class,
                invalid -> {
                    assertThat(invalid.ai()).contains("01");
                    assertThat(invalid.position()).isEqualTo(17);
                });
        assertThat(ENGINE.tryParse(null).isValid()).isFalse();
        assertThat(ENGINE.tryParse("(01)12345678901231").isValid()).isTrue();
    }

    @Test
    void the_dictionary_is_read_from_the_bundled_syntax_dictionary() {
        AiDefinition gtin = Gs1Dictionary.bundled().find("01");
        assertThat(gtin.fnc1Required()).isFalse();
        assertThat(gtin.keyQualifierSequences()).containsExactly(List.of("22", "10", "21"), List.of("235"));
        assertThat(Gs1Dictionary.bundled().find("3105").title()).isEqualTo("NET WEIGHT (kg)");
        assertThat(Gs1Dictionary.bundled().find("10").fnc1Required()).isTrue();
        assertThat(Gs1Dictionary.bundled().definitions()).hasSizeGreaterThan(500);
        assertThat(Gs1Dictionary.bundled().definitions().stream()
                .flatMap(d -> d.components().stream()).flatMap(c -> c.linterNames().stream()).distinct()
                .filter(name -> !Linters.isImplemented(name)))
                .containsExactlyInAnyOrder("couponcode", "couponposoffer", "packagetype");
    }
}
