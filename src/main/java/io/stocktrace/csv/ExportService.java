package io.stocktrace.csv;

import io.stocktrace.lot.LotDates;
import io.stocktrace.lot.LotFilter;
import io.stocktrace.lot.LotListService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes products, lots (as the lot list filters them) or stock as CSV, in the columns their import reads. */
@Service
public class ExportService {
    private final ExportRepository exports;
    private final LotListService lots;

    ExportService(ExportRepository exports, LotListService lots) {
        this.exports = exports;
        this.lots = lots;
    }

    public LotFilter lotFilter(Long productId, String name, String q, String status, Boolean onHand, Boolean expired,
                               java.time.LocalDate expiresBefore) {
        return LotFilter.of(productId, name, q, status, onHand, expired, expiresBefore, lots.today());
    }

    /** Streams the rows one by one: an export of a million lots never sits in memory. */
    @Transactional(readOnly = true)
    public void export(CsvKind kind, LotFilter filter, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(kind.columns().toArray(String[]::new)).get())) {
            switch (kind) {
                case PRODUCTS -> exports.products(row -> print(csv, row));
                case STOCK -> exports.stock(row -> print(csv, row));
                case LOTS -> lots.forEach(filter, s -> {
                    LotDates d = s.lot().dates();
                    print(csv, Arrays.asList(s.productSku(), s.lot().name(), s.lot().ref(), d.expirationDate(),
                            d.bestBeforeDate(), d.removalDate(), d.alertDate(), s.lot().note()));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter csv, List<Object> row) {
        SpreadsheetCells.print(csv, row);
    }
}
