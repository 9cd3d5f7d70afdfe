package io.stocktrace.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.gs1.Gs1SyntaxEngine;
import io.stocktrace.problem.StocktraceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticLabelTest {
    private static final String SSCC = "395060001000000013";
    private final Gs1SyntaxEngine engine = new Gs1SyntaxEngine(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    private LogisticLabel milkPallet(String lot) {
        return LogisticLabel.of(engine, SSCC, "pallet", new LogisticLabel.Content("Whole Milk 1L", "9506000134352",
                new BigDecimal("120.000"), lot, LocalDate.of(2026, 12, 6)));
    }

    @Test
    void a_homogeneous_pallet_carries_content_gtin_expiry_count_and_lot_above_its_sscc() {
        LogisticLabel label = milkPallet("M-1");
        assertThat(label.symbols()).extracting(LogisticLabel.Symbol::bracketed)
                .containsExactly("(02)09506000134352(17)261206(37)120(10)M-1", "(00)" + SSCC);
        assertThat(label.lines()).contains("SSCC: " + SSCC + "  (pallet)", "COUNT: 120", "BATCH/LOT: M-1", "USE BY: 2026-12-06");
    }

    @Test
    void both_symbols_decode_with_zxing_back_to_the_same_gs1_data() throws Exception {
        LogisticLabel label = milkPallet("M-1");
        LogisticLabelDecoding.Scanned scanned = LogisticLabelDecoding.scan(LogisticLabelPdf.render(label));
        assertThat(scanned.symbols()).containsExactly(label.symbols().get(0).scannedData(), label.symbols().get(1).scannedData());
        assertThat(engine.parse("]C1" + scanned.joined()).toBracketed())
                .isEqualTo("(02)09506000134352(17)261206(37)120(10)M-1(00)" + SSCC);
        assertThat(scanned.text()).contains("SSCC: " + SSCC, "Whole Milk 1L", "COUNT: 120", "BATCH/LOT: M-1");
    }

    @Test
    void a_lot_too_long_for_one_symbol_goes_on_a_symbol_of_its_own_and_still_scans() throws Exception {
        LogisticLabel label = LogisticLabel.of(engine, SSCC, "pallet", new LogisticLabel.Content("Milk", "09506000134352",
                new BigDecimal("12345678"), "L".repeat(20), LocalDate.of(2026, 12, 6)));
        assertThat(label.symbols()).extracting(LogisticLabel.Symbol::bracketed).containsExactly(
                "(02)09506000134352(17)261206(37)12345678", "(10)" + "L".repeat(20), "(00)" + SSCC);
        assertThat(label.symbols()).allSatisfy(s -> assertThat(s.scannedData().length()).isLessThanOrEqualTo(48));
        assertThat(LogisticLabelDecoding.scan(LogisticLabelPdf.render(label)).symbols())
                .containsExactlyElementsOf(label.symbols().stream().map(LogisticLabel.Symbol::scannedData).toList());
    }

    @Test
    void a_mixed_package_or_one_without_a_whole_count_carries_only_its_sscc() throws Exception {
        LogisticLabel mixed = LogisticLabel.of(engine, SSCC, "case", null);
        LogisticLabel weighed = LogisticLabel.of(engine, SSCC, "case",
                new LogisticLabel.Content("Flour", "09506000134369", new BigDecimal("2.5"), "F-1", null));
        for (LogisticLabel label : List.of(mixed, weighed)) {
            assertThat(label.symbols()).extracting(LogisticLabel.Symbol::bracketed).containsExactly("(00)" + SSCC);
            assertThat(LogisticLabelDecoding.scan(LogisticLabelPdf.render(label)).symbols()).containsExactly("00" + SSCC);
        }
    }

    @Test
    void refuses_a_package_whose_name_is_not_an_sscc_and_a_lot_gs1_cannot_carry() {
        assertThatThrownBy(() -> LogisticLabel.of(engine, "PACK-0001", "box", null))
                .isInstanceOf(StocktraceException.class).hasMessageContaining("Package PACK-0001 has no SSCC");
        assertThatThrownBy(() -> LogisticLabel.of(engine, "395060001000000017", "box", null))
                .isInstanceOf(StocktraceException.class).hasMessageContaining("has no SSCC");
        assertThatThrownBy(() -> milkPallet("LOT WITH SPACES"))
                .isInstanceOf(StocktraceException.class).hasMessageContaining("cannot be written as GS1 data");
    }
}
