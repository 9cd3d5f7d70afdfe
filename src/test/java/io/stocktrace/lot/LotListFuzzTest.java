package io.stocktrace.lot;

import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stocktrace.support.LinearTime;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Whatever is pasted, the list reader answers entries and problems, never an exception: every problem names a line
 * of the input, every entry is a valid name with a positive quantity, in time proportional to the input
 * ({@link LinearTime}). Without JAZZER_FUZZ this runs once over the seeds in LotListFuzzTestInputs.
 */
class LotListFuzzTest {

    @FuzzTest
    void parse(byte[] input) {
        LinearTime.check(new String(input, StandardCharsets.UTF_8), LotListFuzzTest::onlyEntriesAndProblems);
    }

    // plain checks, not an AssertJ assertion per line: the long run reads 30,000 lines, each checked twice
    private static void onlyEntriesAndProblems(String text) {
        long lines = text.split("\r\n|\r|\n", -1).length;
        long lastLine = Math.max(lines, LotList.MAX_LINES + 1);
        for (boolean serial : new boolean[] {false, true}) {
            LotList.Parsed parsed = LotList.parse(text, serial);
            for (LotList.Problem p : parsed.problems()) {
                if (p.line() < 1 || p.line() > lastLine || p.message().isBlank()) {
                    fail("problem %s names no line of the input or says nothing", p);
                }
            }
            for (LotList.Entry e : parsed.entries()) {
                if (LotName.problem(e.name()).isPresent() || e.quantity().signum() <= 0
                        || serial && e.quantity().compareTo(BigDecimal.ONE) != 0) {
                    fail("entry %s has an invalid name or quantity", e);
                }
            }
        }
    }
}
