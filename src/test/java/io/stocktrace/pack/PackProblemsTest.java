package io.stocktrace.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import org.junit.jupiter.api.Test;

class PackProblemsTest {
    @Test
    void one_problem_keeps_its_type_and_detail_after_the_item_place_and_its_field_under_the_item() {
        PackProblems problems = new PackProblems();
        problems.add("packs[1].contents[0]", StocktraceException.atField(ProblemType.ALREADY_PACKED,
                "lines[0].serials[2]", "PHONE serial 'SN-1' is in another package."));

        StocktraceException e = catchThrowableOfType(StocktraceException.class, problems::throwIfAny);

        assertThat(e.type()).isEqualTo(ProblemType.ALREADY_PACKED);
        assertThat(e.getMessage()).isEqualTo("packs[1].contents[0]: PHONE serial 'SN-1' is in another package.");
        assertThat(e.errors()).containsExactly(new FieldProblem("packs[1].contents[0].lines[0].serials[2]",
                "PHONE serial 'SN-1' is in another package."));
    }

    @Test
    void several_problems_take_the_first_ones_type_and_name_every_field_a_problem_without_one_naming_its_item() {
        PackProblems problems = new PackProblems();
        problems.add("packs[0]", StocktraceException.invalid("package.type", "must not be blank"));
        problems.add("packs[2]", new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Package P is reserved."));

        StocktraceException e = catchThrowableOfType(StocktraceException.class, problems::throwIfAny);

        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(e.getMessage()).startsWith("2 problems").contains("packs[0]: ");
        assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("packs[0].package.type", "packs[2]");
    }

    @Test
    void several_problems_are_counted_field_by_field_as_errors_lists_them() {
        PackProblems problems = new PackProblems();
        problems.add("packs[0]", new io.stocktrace.problem.Validation().add("package.type", "must not be blank")
                .add("package.name", "at most 64 characters").add("package.locationId", "is required"));
        problems.add("packs[1]", new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Package P is reserved."));

        StocktraceException e = catchThrowableOfType(StocktraceException.class, problems::throwIfAny);

        assertThat(e.getMessage()).startsWith("4 problems; see errors. The first: packs[0]: 3 fields are invalid");
        assertThat(e.errors()).hasSize(4);
    }

    @Test
    void no_problem_throws_nothing() {
        new PackProblems().throwIfAny();
    }
}
