package io.stocktrace.trace;

import io.stocktrace.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a trace's operations as they are read, part after part: NDJSON (one JSON object a line, the objects of the
 * pages) or CSV (the same fields as columns, cells safe for a spreadsheet).
 */
abstract class TraceStreamWriter implements AutoCloseable {
    static final String[] COLUMNS = {"depth", "moveLineId", "lotId", "lotName", "productId", "productName", "date",
            "reference", "type", "sourceLocation", "destinationLocation", "quantity", "partner"};

    /** One operation of a page or a stream: the operation's fields with its level and its lot's names. */
    record OperationView(int depth, long moveLineId, long lotId, String lotName, long productId, String productName,
                         Instant date, String reference, String type, String sourceLocation,
                         String destinationLocation, BigDecimal quantity, String partner) {
        static OperationView of(TracePage.Row r) {
            Trace.Operation o = r.operation();
            return new OperationView(r.depth(), o.moveLineId(), o.lotId(), r.lot().name(), r.lot().productId(),
                    r.lot().productName(), o.date(), o.reference(), o.type(), o.sourceLocation(),
                    o.destinationLocation(), o.quantity(), o.partner());
        }
    }

    abstract void write(List<TracePage.Row> rows);

    @Override
    public abstract void close() throws IOException;

    static TraceStreamWriter ndjson(JsonMapper json, OutputStream out) {
        // a flush per row would send each row in a chunk of its own
        ObjectWriter writer = json.writerFor(OperationView.class).withRootValueSeparator("\n")
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        JsonGenerator generator = writer.createGenerator(out);
        return new TraceStreamWriter() {
            private boolean any;

            @Override
            void write(List<TracePage.Row> rows) {
                for (TracePage.Row row : rows) {
                    writer.writeValue(generator, OperationView.of(row));
                    any = true;
                }
            }

            @Override
            public void close() {
                if (any) {
                    generator.writeRaw('\n');
                }
                generator.close();
            }
        };
    }

    static TraceStreamWriter csv(OutputStream out) {
        try {
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
            return new TraceStreamWriter() {
                @Override
                void write(List<TracePage.Row> rows) {
                    for (TracePage.Row row : rows) {
                        OperationView o = OperationView.of(row);
                        SpreadsheetCells.print(csv, o.depth(), o.moveLineId(), o.lotId(), o.lotName(), o.productId(),
                                o.productName(), o.date(), o.reference(), o.type(), o.sourceLocation(),
                                o.destinationLocation(), o.quantity(), o.partner());
                    }
                }

                @Override
                public void close() throws IOException {
                    csv.close(true);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
