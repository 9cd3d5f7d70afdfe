package io.stocktrace.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    @Test
    void prefixes_a_quote_to_text_that_a_spreadsheet_would_run_as_a_formula() {
        assertThat(SpreadsheetCells.cell("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(SpreadsheetCells.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetCells.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCells.cell("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void leaves_ordinary_text_dates_and_numbers_as_they_are_and_a_negative_number_numeric() {
        assertThat(SpreadsheetCells.cell("MILK-2611/A")).isEqualTo("MILK-2611/A");
        assertThat(SpreadsheetCells.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.cell("")).isEqualTo("");
        assertThat(SpreadsheetCells.cell(null)).isNull();
        assertThat(SpreadsheetCells.cell(LocalDate.of(2026, 12, 6))).isEqualTo("2026-12-06");
        assertThat(SpreadsheetCells.cell(new BigDecimal("-5"))).isEqualTo("-5");
        assertThat(SpreadsheetCells.cell(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(SpreadsheetCells.cell(-3L)).isEqualTo(-3L);
    }

    @Test
    void a_text_that_is_a_negative_number_is_text_and_gets_its_quote() {
        assertThat(SpreadsheetCells.cell("-5")).isEqualTo("'-5");
    }

    @Test
    void reads_every_cell_back_as_it_was_written_including_texts_that_start_with_quotes() {
        for (String text : new String[] {"=1+1", "'=1+1", "''@x", "'plain", "''", "'", "plain", "-5", "'-5", "a'=b"}) {
            Object cell = SpreadsheetCells.cell(text);
            assertThat(SpreadsheetCells.text((String) cell)).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetCells.cell("'=1+1")).isEqualTo("''=1+1");
        assertThat(SpreadsheetCells.cell("'plain")).isEqualTo("'plain");
    }
}
