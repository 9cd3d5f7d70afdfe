package io.stocktrace.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final List<String> REQUIRED = List.of("product_sku", "lot");
    private static final List<String> OPTIONAL = List.of("note");

    private static CsvTable.Read read(String text) {
        return CsvTable.read(text, REQUIRED, OPTIONAL);
    }

    @Test
    void numbers_each_row_by_the_line_it_starts_on_counting_quoted_line_breaks_and_skipped_blank_lines() {
        var read = read("product_sku,lot,note\r\nMILK,L1,\"two\nlines\"\n\n  \nMILK,L2,\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(CsvTable.Row::line).containsExactly(2, 6);
        assertThat(read.rows().get(0).get("note")).isEqualTo("two\nlines");
    }

    @Test
    void strips_cells_and_reads_blank_or_missing_cells_as_absent() {
        var row = read("lot, product_sku ,note\n  L1  ,MILK\n").rows().get(0);
        assertThat(row.get("lot")).isEqualTo("L1");
        assertThat(row.get("product_sku")).isEqualTo("MILK");
        assertThat(row.get("note")).isNull();
    }

    @Test
    void a_row_with_more_values_than_columns_is_a_problem_on_its_line() {
        var read = read("product_sku,lot\nMILK,L1,oops\nMILK,L2\n");
        assertThat(read.problems()).containsExactly(new ImportProblem(2, null, "has 3 values but the first line names 2 columns"));
        assertThat(read.rows()).hasSize(1);
    }

    @Test
    void names_an_unknown_repeated_or_missing_column_on_line_one_and_reads_no_row() {
        var read = read("product_sku,product_sku,expiry\nMILK,L1,x\n");
        assertThat(read.problems()).extracting(ImportProblem::field).containsExactly("product_sku", "expiry", "lot");
        assertThat(read.problems()).extracting(ImportProblem::line).containsOnly(1);
        assertThat(read.rows()).isEmpty();
    }

    @Test
    void an_unterminated_quote_is_a_problem_on_the_line_where_its_row_starts() {
        var read = read("product_sku,lot\nMILK,L1\nMILK,\"L2\nMILK,L3\n");
        assertThat(read.problems()).extracting(ImportProblem::line).containsExactly(3);
        assertThat(read.problems().get(0).message()).startsWith("the CSV cannot be read from this line on");
    }

    @Test
    void an_empty_file_asks_for_the_header() {
        assertThat(read("").problems().get(0).message()).contains("product_sku,lot");
        assertThat(read("\n\n").problems()).hasSize(1);
    }

    @Test
    void skips_a_byte_order_mark_and_names_the_first_line_that_is_not_utf8() {
        byte[] bom = "\uFEFFproduct_sku,lot\nMILK,Lot-ü\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvTable.read(bom, REQUIRED, OPTIONAL).rows().get(0).get("lot")).isEqualTo("Lot-ü");
        byte[] latin1 = "product_sku,lot\nMILK,L1\nMILK,Lot-ü\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CsvTable.read(latin1, REQUIRED, OPTIONAL).problems()).extracting(ImportProblem::line).containsExactly(3);
    }

    @Test
    void refuses_more_rows_than_one_import_takes() {
        StringBuilder csv = new StringBuilder("product_sku,lot\n");
        for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
            csv.append("M,L").append(i).append('\n');
        }
        var read = read(csv.toString());
        assertThat(read.problems()).extracting(ImportProblem::line).containsExactly(CsvTable.MAX_ROWS + 2);
    }
}
