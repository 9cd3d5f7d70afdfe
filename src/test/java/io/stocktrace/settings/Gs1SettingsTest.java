package io.stocktrace.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.settings.Gs1Settings.GivenPrefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the GS1 settings, shared by PUT /api/v1/settings and the Settings page. */
class Gs1SettingsTest {
    private static final String GLN = "9506000000008";

    private static List<FieldProblem> problemsOf(List<GivenPrefix> prefixes, String gln, String form) {
        StocktraceException e = catchThrowableOfType(StocktraceException.class, () -> Gs1Settings.of(prefixes, gln, form));
        assertThat(e).as("expected a validation problem").isNotNull();
        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        return e.errors();
    }

    @Test
    void accepts_prefixes_of_6_to_12_digits_a_gln_with_its_check_digit_and_either_identifier_form() {
        Gs1Settings gs1 = Gs1Settings.of(List.of(new GivenPrefix("950600", 6), new GivenPrefix("950600012345", null)),
                GLN, "digital-link");

        assertThat(gs1.companyPrefixes()).containsExactly("950600", "950600012345");
        assertThat(gs1.siteGln()).isEqualTo(GLN);
        assertThat(gs1.urns()).isFalse();
        assertThat(Gs1Settings.of(List.of(), null, "urn").urns()).isTrue();
    }

    @Test
    void a_blank_gln_means_the_site_has_none() {
        assertThat(Gs1Settings.of(List.of(), "  ", "urn").siteGln()).isNull();
        assertThat(Gs1Settings.of(List.of(), " " + GLN + " ", "urn").siteGln()).isEqualTo(GLN);
    }

    @Test
    void reports_every_bad_field_at_once_with_the_field_names_of_the_api() {
        List<FieldProblem> problems = problemsOf(
                List.of(new GivenPrefix("950600", 6), new GivenPrefix("95A", null), new GivenPrefix("9506000", 8)),
                "9506000000009", "xml");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("gs1CompanyPrefixes[1].prefix",
                "gs1CompanyPrefixes[2].length", "siteGln", "epcisIdentifiers");
        assertThat(problems.get(0).message()).isEqualTo("must be 6 to 12 digits, not '95A'");
        assertThat(problems.get(2).message()).isEqualTo("must be a GLN: 13 digits with a valid check digit, not '9506000000009'");
    }

    @Test
    void refuses_a_prefix_listed_twice_and_a_missing_prefix() {
        assertThat(problemsOf(List.of(new GivenPrefix("950600", null), new GivenPrefix("950600", 6)), null, "urn"))
                .containsExactly(new FieldProblem("gs1CompanyPrefixes", "lists 950600 twice"));
        List<GivenPrefix> withGap = new ArrayList<>();
        withGap.add(null);
        assertThat(problemsOf(withGap, null, "urn")).extracting(FieldProblem::field)
                .containsExactly("gs1CompanyPrefixes[0].prefix");
    }

    @Test
    void refuses_a_gln_too_short_or_not_digits_and_a_missing_identifier_form() {
        assertThat(problemsOf(List.of(), "950600000000", null)).extracting(FieldProblem::field)
                .containsExactly("siteGln", "epcisIdentifiers");
        assertThat(problemsOf(List.of(), "95060000000X8", "urn")).extracting(FieldProblem::field)
                .containsExactly("siteGln");
    }
}
