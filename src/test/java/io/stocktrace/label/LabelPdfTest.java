package io.stocktrace.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.gs1.Gs1Data;
import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.problem.StocktraceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LabelPdfTest {
    private final Gs1SyntaxEngine engine = new Gs1SyntaxEngine(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    private LabelContent milkLot() {
        return LabelContent.of(engine, "Whole Milk 1L", "MILK-1L", "9506000134352", "MILK-2611/A", false,
                LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 3));
    }

    @Test
    void a_lot_label_carries_the_gtin_padded_to_14_digits_the_dates_then_the_lot() {
        LabelContent content = milkLot();
        assertThat(content.bracketed()).isEqualTo("(01)09506000134352(17)261206(15)261203(10)MILK-2611/A");
        assertThat(content.elementString()).isEqualTo("^010950600013435217261206152612031" + "0MILK-2611/A");
        assertThat(content.scannedData()).isEqualTo("010950600013435217261206152612031" + "0MILK-2611/A");
    }

    @Test
    void a_serial_label_carries_ai_21_and_no_dates_when_the_lot_has_none() {
        LabelContent content = LabelContent.of(engine, "Espresso Machine X1", "ESPRESSO-X1", "09506000134376", "EM-0001",
                true, null, null);
        assertThat(content.bracketed()).isEqualTo("(01)09506000134376(21)EM-0001");
    }

    @Test
    void the_gs1_datamatrix_decodes_back_to_the_same_element_string_and_the_text_reads_it_too() throws Exception {
        LabelContent content = milkLot();
        LabelDecoding.Scanned scanned = LabelDecoding.scan(LabelPdf.render(content, LabelSymbology.DATAMATRIX));
        assertThat(scanned.symbologyIdentifier()).isEqualTo("]d2");
        assertThat(scanned.data()).isEqualTo(content.scannedData());
        Gs1Data read = engine.parse(scanned.scanData());
        assertThat(read.toBracketed()).isEqualTo(content.bracketed());
        assertThat(scanned.text()).contains("(01)09506000134352(17)261206(15)261203(10)MILK-2611/A", "Whole Milk 1L",
                "LOT: MILK-2611/A", "EXP: 2026-12-06");
    }

    @Test
    void the_gs1_128_decodes_back_to_the_same_element_string_with_its_fnc1_separators() throws Exception {
        LabelContent content = LabelContent.of(engine, "Flour", "FLOUR", "09506000134369", "F 1".replace(' ', '-'), false,
                LocalDate.of(2027, 1, 31), null);
        LabelContent withSeparator = new LabelContent(content.productName(), content.lotName(), false, null,
                engine.toElementString(java.util.List.of(io.stocktrace.gs1.Gs1Element.of("01", "09506000134369"),
                        io.stocktrace.gs1.Gs1Element.of("10", "F-1"), io.stocktrace.gs1.Gs1Element.of("17", "270131"))),
                "(01)09506000134369(10)F-1(17)270131");
        for (LabelContent label : java.util.List.of(content, withSeparator)) {
            LabelDecoding.Scanned scanned = LabelDecoding.scan(LabelPdf.render(label, LabelSymbology.GS1_128));
            assertThat(scanned.symbologyIdentifier()).isEqualTo("]C1");
            assertThat(scanned.data()).isEqualTo(label.scannedData());
            assertThat(engine.parse(scanned.scanData()).toBracketed()).isEqualTo(label.bracketed());
        }
        assertThat(withSeparator.scannedData()).contains("F-1\u001d17270131");
    }

    @Test
    void refuses_a_product_without_gtin_and_a_lot_name_gs1_cannot_carry() {
        assertThatThrownBy(() -> LabelContent.of(engine, "Bolts", "BOLT-M6", null, "B-1", false, null, null))
                .isInstanceOf(StocktraceException.class).hasMessageContaining("Product BOLT-M6 has no GTIN");
        assertThatThrownBy(() -> LabelContent.of(engine, "Milk", "MILK-1L", "09506000134352", "LOT WITH SPACES", false, null, null))
                .isInstanceOf(StocktraceException.class).hasMessageContaining("The lot 'LOT WITH SPACES' cannot be written as GS1 data");
        assertThatThrownBy(() -> LabelContent.of(engine, "Milk", "MILK-1L", "09506000134352", "L".repeat(21), false, null, null))
                .isInstanceOf(StocktraceException.class).hasMessageContaining("cannot be written as GS1 data");
    }

    @Test
    void text_the_standard_font_cannot_show_prints_as_a_question_mark_instead_of_failing() throws Exception {
        LabelContent content = LabelContent.of(engine, "Café 咖啡", "CAFE", "09506000134352", "C-1", false, null, null);
        LabelDecoding.Scanned scanned = LabelDecoding.scan(LabelPdf.render(content, LabelSymbology.DATAMATRIX));
        assertThat(scanned.text()).contains("Café ??");
    }
}
