package io.stocktrace.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stocktrace.support.LinearTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever the bytes, reading an import (the CSV, then each row as products, lots or stock) answers rows and
 * problems, never an exception; every problem names a line; time grows in proportion to the input
 * ({@link LinearTime}). Without JAZZER_FUZZ this runs once over the seeds in CsvImportFuzzTestInputs.
 */
class CsvImportFuzzTest {

    @FuzzTest
    void readEveryKind(byte[] input) {
        LinearTime.check(input, CsvImportFuzzTest::onlyRowsAndProblems);
    }

    private static void onlyRowsAndProblems(byte[] input) {
        for (CsvKind kind : CsvKind.values()) {
            CsvTable.Read read = kind.read(input);
            List<ImportProblem> problems = new ArrayList<>(read.problems());
            for (CsvTable.Row row : read.rows()) {
                assertThat(row.line()).isPositive();
                switch (kind) {
                    case PRODUCTS -> ProductLine.read(row, problems);
                    case LOTS -> LotLine.read(row, problems);
                    case STOCK -> StockLine.read(row, problems);
                }
            }
            for (ImportProblem p : problems) {
                assertThat(p.line()).isPositive();
                assertThat(p.message()).isNotBlank();
            }
        }
    }
}
