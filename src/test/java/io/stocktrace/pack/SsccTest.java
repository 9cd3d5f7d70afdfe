package io.stocktrace.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SsccTest {
    @Test
    void every_sscc_of_the_gs1_syntax_engine_vectors_is_rebuilt_from_its_parts_with_the_same_check_digit()
            throws IOException {
        List<String> ssccs = vectorSsccs();

        assertThat(ssccs).isNotEmpty().contains("123456789012345675");
        for (String sscc : ssccs) {
            assertThat(Sscc.isSscc(sscc)).as(sscc).isTrue();
            // any split of the 16 digits between prefix and serial reference gives the same SSCC
            for (int prefixLength = 6; prefixLength <= 12; prefixLength++) {
                String prefix = sscc.substring(1, 1 + prefixLength);
                long reference = Long.parseLong(sscc.substring(1 + prefixLength, 17));
                assertThat(Sscc.of(sscc.charAt(0) - '0', prefix, reference)).as(sscc).isEqualTo(sscc);
            }
        }
    }

    @Test
    void the_general_specifications_example_and_the_lint_vector_compute_their_check_digits() {
        assertThat(Sscc.of(1, "0614141", 234567890)).isEqualTo("106141412345678908");
        assertThat(Sscc.of(1, "2345678", 901234567)).isEqualTo("123456789012345675");
        assertThat(Sscc.isSscc("123456789012345670")).isFalse();
        assertThat(Sscc.isSscc("12345678901234567")).isFalse();
        assertThat(Sscc.isSscc("12345678901234567A")).isFalse();
    }

    @Test
    void serial_references_are_padded_with_zeros_to_fill_seventeen_digits() {
        String first = Sscc.of(0, "9501101", 1);

        assertThat(first).hasSize(18).startsWith("09501101000000001");
        assertThat(Sscc.isSscc(first)).isTrue();
        assertThat(Sscc.of(0, "950110153000", 9999)).startsWith("0950110153000" + "9999");
    }

    @Test
    void a_serial_reference_that_no_longer_fits_beside_the_prefix_is_refused_as_a_limit() {
        assertThatThrownBy(() -> Sscc.of(0, "950110153000", 10_000))
                .isInstanceOfSatisfying(StocktraceException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.LIMIT_EXCEEDED));
    }

    @Test
    void a_name_of_eighteen_digits_with_a_wrong_check_digit_is_refused_and_the_right_digit_named() {
        assertThat(PackageNames.problem("123456789012345670")).contains(
                "is not a valid SSCC: its check digit should be 5");
        assertThat(PackageNames.problem("123456789012345675")).isEmpty();
        assertThat(PackageNames.problem("Pallet A")).isEmpty();
        assertThat(PackageNames.problem(" ")).isPresent();
        assertThat(PackageNames.problem("x".repeat(65))).contains("at most 64 characters");
    }

    private static List<String> vectorSsccs() throws IOException {
        try (InputStream in = SsccTest.class.getResourceAsStream("/gs1/gs1-syntax-engine-test-vectors.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"bracketed_ais\": \"[^\"]*\\(00\\)([0-9]{18})").matcher(text);
            List<String> found = new ArrayList<>();
            // only vectors the engine finds valid: the block's "valid" comes just before
            while (m.find()) {
                int block = text.lastIndexOf('{', m.start());
                if (text.substring(block, m.start()).contains("\"valid\": true") && !found.contains(m.group(1))) {
                    found.add(m.group(1));
                }
            }
            return found;
        }
    }
}
