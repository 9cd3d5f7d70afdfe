package io.stocktrace.bench;

import io.stocktrace.epcis.EpcisService;
import io.stocktrace.report.Fsma204Row;
import io.stocktrace.report.Fsma204Service;
import io.stocktrace.report.Fsma204Spreadsheet;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (d) the standards on the hot lot: its EPCIS document (one event per operation: some 10,000) and the FSMA 204
 * spreadsheet (.xlsx) of its whole trace, as a recall would ask for it, with every product on the Food
 * Traceability List. Targets: EPCIS under 1 s, FSMA under 2 s.
 */
final class StandardsScenario {
    private final EpcisService epcis;
    private final Fsma204Service fsma;
    private final DataSource dataSource;
    private final PrintStream report;

    StandardsScenario(EpcisService epcis, Fsma204Service fsma, DataSource dataSource, PrintStream report) {
        this.epcis = epcis;
        this.fsma = fsma;
        this.dataSource = dataSource;
        this.report = report;
    }

    void run(long hotLotId, int rounds) {
        JdbcClient.create(dataSource).sql("UPDATE products SET food_traceability_list = TRUE").update();
        List<Double> epcisMs = new ArrayList<>();
        List<Double> fsmaMs = new ArrayList<>();
        List<Double> rowsMs = new ArrayList<>();
        int events = 0;
        int rows = 0;
        int bytes = 0;
        for (int round = 0; round < rounds + 1; round++) {
            long start = System.nanoTime();
            Map<String, Object> document = epcis.lotDocument(hotLotId, null);
            double epcisTime = (System.nanoTime() - start) / 1e6;
            events = ((List<?>) ((Map<?, ?>) document.get("epcisBody")).get("eventList")).size();
            start = System.nanoTime();
            List<Fsma204Row> fsmaRows = fsma.rows(hotLotId, null, null, null);
            double rowsTime = (System.nanoTime() - start) / 1e6;
            bytes = Fsma204Spreadsheet.xlsx(fsmaRows).length;
            double fsmaTime = (System.nanoTime() - start) / 1e6;
            rows = fsmaRows.size();
            if (round > 0) {
                epcisMs.add(epcisTime);
                fsmaMs.add(fsmaTime);
                rowsMs.add(rowsTime);
            }
        }
        report.printf(Locale.ROOT, "(d) hot lot EPCIS document: %,d events, median %.0f ms over %d rounds (target < 1,000 ms)%n",
                events, median(epcisMs), rounds);
        report.printf(Locale.ROOT, "(d) hot lot FSMA 204 .xlsx of its whole trace: %,d rows, %,d bytes, median %.0f ms "
                + "(fastest %.0f ms) over %d rounds (target < 2,000 ms)%n", rows, bytes, median(fsmaMs),
                fsmaMs.stream().min(Double::compare).orElseThrow(), rounds);
        report.printf(Locale.ROOT, "    of which the rows (trace and ledger query): median %.0f ms%n", median(rowsMs));
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
