package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Whatever is pasted, the list reader answers entries and problems, never an exception: every problem names a line
 * of the input, every entry is a valid name with a positive quantity. Without JAZZER_FUZZ this runs once over the
 * seeds in LotListFuzzTestInputs.
 */
class LotListFuzzTest {

    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        long lines = text.split("\r\n|\r|\n", -1).length;
        for (boolean serial : new boolean[] {false, true}) {
            LotList.Parsed parsed = LotList.parse(text, serial);
            for (LotList.Problem p : parsed.problems()) {
                assertThat(p.line()).isBetween(1, (int) Math.max(lines, LotList.MAX_LINES + 1));
                assertThat(p.message()).isNotBlank();
            }
            for (LotList.Entry e : parsed.entries()) {
                assertThat(LotName.problem(e.name())).isEmpty();
                assertThat(e.quantity()).isPositive();
                if (serial) {
                    assertThat(e.quantity()).isEqualByComparingTo(BigDecimal.ONE);
                }
            }
        }
    }
}
