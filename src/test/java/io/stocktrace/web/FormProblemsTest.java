package io.stocktrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormProblemsTest {
    private static final List<FormRows.Row> ROWS = List.of(FormRows.blank(0), FormRows.blank(3));

    private static FormFields transferForm() {
        return FormFields.form().rows("lines", ROWS).input("origin", "Source Document")
                .input("quantity", "Quantity").input("serials", "Serial numbers")
                .products(Map.of("MILK", "Whole Milk 1L"));
    }

    private static StocktraceException refused(FieldProblem... problems) {
        return new StocktraceException(ProblemType.VALIDATION_FAILED, problems.length + " fields are invalid; see errors.",
                List.of(problems), Map.of());
    }

    @Test
    void every_problem_shows_at_its_input_or_on_the_row_it_was_read_from_worded_with_the_label() {
        FormProblems errors = FormProblems.of(refused(new FieldProblem("origin", "at most 200 characters"),
                new FieldProblem("lines[1].quantity", "must be greater than 0"),
                new FieldProblem("lines[1].serials[4]", "must not be blank")), transferForm());

        assertThat(errors.at("origin")).isEqualTo("Source Document: at most 200 characters.");
        assertThat(errors.row(3)).isEqualTo("Quantity: must be greater than 0. Serial numbers: must not be blank.");
        assertThat(errors.row(1)).isNull();
        assertThat(errors.getSummary()).isEqualTo("Nothing was saved: 3 problems, shown next to their fields.");
    }

    @Test
    void a_sentence_of_the_service_names_the_product_by_its_name_not_its_sku() {
        FormProblems errors = FormProblems.of(StocktraceException.atField(ProblemType.LOT_REQUIRED, "lines[0].lot",
                "Product MILK is tracked by lot."), transferForm());

        assertThat(errors.row(0)).isEqualTo("Product Whole Milk 1L is tracked by lot.");
    }

    @Test
    void a_single_line_form_takes_the_lines_paths_at_its_own_inputs_and_the_rest_above_it() {
        FormFields receipt = FormFields.form().input("lot", "Lot Number", "lines[]")
                .input("quantity", "Quantity", "lines[].quantity");
        FormProblems errors = FormProblems.of(refused(new FieldProblem("lines[0].quantity", "is required"),
                new FieldProblem("lines[0]", "Serial number 'SN-1' is already in stock."),
                new FieldProblem("partnerId", "no partner 9")), receipt);

        assertThat(errors.at("quantity")).isEqualTo("Quantity: is required.");
        assertThat(errors.at("lot")).isEqualTo("Serial number 'SN-1' is already in stock.");
        assertThat(errors.getGeneral()).isEqualTo("Partner: no partner 9.");
        assertThat(errors.getSummary()).endsWith("Partner: no partner 9.");
    }

    @Test
    void a_problem_without_fields_shows_above_the_form_without_the_path_it_starts_with() {
        FormProblems errors = FormProblems.of(new StocktraceException(ProblemType.INSUFFICIENT_STOCK,
                "lines[0].quantity: only 2 on hand"), transferForm());

        assertThat(errors.getSummary()).isEqualTo("only 2 on hand");
        assertThat(errors.any()).isTrue();
    }

    @Test
    void a_fragment_that_starts_with_an_acronym_still_follows_its_label_and_a_sentence_stays_whole() {
        FormProblems errors = FormProblems.of(refused(new FieldProblem("origin", "ISO 3166 two-letter code"),
                new FieldProblem("quantity", "Only 2 are on hand.")), transferForm());

        assertThat(errors.at("origin")).isEqualTo("Source Document: ISO 3166 two-letter code.");
        assertThat(errors.at("quantity")).isEqualTo("Only 2 are on hand.");
    }
}
