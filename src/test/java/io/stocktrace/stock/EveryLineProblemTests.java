package io.stocktrace.stock;

import static io.stocktrace.support.Problems.assertProblem;
import static io.stocktrace.support.Problems.fields;
import static io.stocktrace.support.Scenario.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A transfer refused for several lines answers every refused line in its errors, not only the first. */
abstract class EveryLineProblemTests extends ApiTest {

    @Test
    void a_receipt_with_three_bad_lines_names_all_three_and_writes_nothing() {
        long milk = given.product("MILK", "lot");
        long phone = given.product("PHONE", "serial");
        long bolt = given.product("BOLT", "none");
        var r = changesNothing(() -> admin.post("/api/v1/transfers", Map.of("type", "receipt", "lines", List.of(
                line(milk, null, null, 5), line(phone, "SN-1", null, 3), line(bolt, "B-1", null, 2)))));

        assertProblem(r, 422, "lot-required");
        assertThat(fields(r)).containsExactly("lines[0].lot", "lines[1].quantity", "lines[2].lot");
    }
}
