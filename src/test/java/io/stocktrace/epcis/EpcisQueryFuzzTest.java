package io.stocktrace.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.support.LinearTime;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whatever a trading partner puts in the query string, reading it answers a query or a 422 problem, never another
 * exception, and every identifier is read as a GTIN key or as nothing, in time proportional to the input
 * ({@link LinearTime}). The input's lines are the parameters in order: MATCH_anyEPC, MATCH_epcClass, EQ_bizStep,
 * GE_eventTime, LT_eventTime, perPage, nextPageToken. Without JAZZER_FUZZ this runs once over the seeds in
 * EpcisQueryFuzzTestInputs.
 */
class EpcisQueryFuzzTest {

    @FuzzTest
    void queryParameters(byte[] input) {
        LinearTime.check(new String(input, StandardCharsets.UTF_8), EpcisQueryFuzzTest::readQuery);
    }

    private static void readQuery(String text) {
        String[] fields = text.split("\n", 7);
        try {
            EpcisQuery query = EpcisQueryParameters.read(values(fields, 0), values(fields, 1), values(fields, 2),
                    field(fields, 3), field(fields, 4), perPage(field(fields, 5)), field(fields, 6));
            assertThat(query.perPage()).isBetween(1, EpcisQuery.MAX_PER_PAGE);
            assertThat(query.offset()).isNotNegative();
            query.anyEpc().forEach(EpcisQueryFuzzTest::readIdentifier);
            query.epcClass().forEach(EpcisQueryFuzzTest::readIdentifier);
        } catch (StocktraceException e) {
            assertThat(e.type()).isIn(ProblemType.VALIDATION_FAILED, ProblemType.LIMIT_EXCEEDED);
            assertThat(e.getMessage()).isNotBlank();
        }
        readIdentifier(text);
    }

    private static void readIdentifier(String uri) {
        EpcIdentifiers.parse(uri).ifPresent(key -> {
            assertThat(key.gtin14()).hasSize(14).containsOnlyDigits();
            assertThat(key.serial() == null || key.lot() == null).isTrue();
        });
    }

    private static List<String> values(String[] fields, int index) {
        String value = field(fields, index);
        return value == null ? null : List.of(value.split("&", -1));
    }

    private static String field(String[] fields, int index) {
        return index < fields.length && !fields[index].isEmpty() ? fields[index] : null;
    }

    private static int perPage(String value) {
        try {
            return value == null ? 100 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
