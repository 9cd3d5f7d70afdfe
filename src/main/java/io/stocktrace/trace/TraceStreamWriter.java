package io.stocktrace.trace;

import io.stocktrace.csv.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a trace's operations as they are read, part after part: NDJSON (one JSON object a line, the objects of the
 * pages) or CSV (the same fields as columns, cells safe for a spreadsheet, quoted as Commons CSV's RFC 4180 format
 * quotes them). Each row goes straight into a byte buffer ({@link StreamBytes}): a JSON or CSV library per row made
 * the writing, not the database, the stream's limit (60,000 to 110,000 rows/s).
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

    /** Names encoded once per stream: at most this many, past it they are encoded each time they come. */
    private static final int MAX_NAMES = 4096;

    protected final StreamBytes bytes;
    private final ByteArrayOutputStream scratchOut = new ByteArrayOutputStream();
    private final StreamBytes scratch = new StreamBytes(scratchOut);
    private final Map<String, byte[]> names = new IdentityHashMap<>();
    private String lastLot;
    private byte[] lastLotBytes;

    private TraceStreamWriter(OutputStream out) {
        this.bytes = new StreamBytes(out);
    }

    /** The text as this format writes it (a JSON string, a CSV cell), into {@code to}. */
    abstract void text(StreamBytes to, String value);

    /**
     * A name the rows share (a product, a place, a partner: the stream's names are the same instances row after row),
     * encoded the first time it comes and copied after: the escaping of 94,000 rows' names was a quarter of the stream's
     * CPU in the JVM.
     */
    final StreamBytes name(String value) {
        if (value == null) {
            text(bytes, null);
            return bytes;
        }
        byte[] encoded = names.get(value);
        if (encoded == null) {
            if (names.size() >= MAX_NAMES) {
                text(bytes, value);
                return bytes;
            }
            encoded = encode(value);
            names.put(value, encoded);
        }
        return bytes.bytes(encoded);
    }

    /** The lot's name, which comes on each of its rows one after the other. */
    final StreamBytes lotName(String value) {
        if (value == null) {
            text(bytes, null);
            return bytes;
        }
        if (value != lastLot) {
            lastLot = value;
            lastLotBytes = encode(value);
        }
        return bytes.bytes(lastLotBytes);
    }

    private byte[] encode(String value) {
        text(scratch, value);
        scratch.flush();
        byte[] encoded = scratchOut.toByteArray();
        scratchOut.reset();
        return encoded;
    }

    final void write(List<OperationView> rows) {
        for (OperationView row : rows) {
            row(row);
        }
    }

    abstract void row(OperationView o);

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    /**
     * One JSON object a line, the fields in the order and the form of the pages' objects (quantities as the API writes
     * them: plain, without trailing zeros).
     */
    static TraceStreamWriter ndjson(OutputStream out) {
        return new TraceStreamWriter(out) {
            @Override
            void row(OperationView o) {
                bytes.ascii("{\"depth\":").number(o.depth())
                        .ascii(",\"moveLineId\":").number(o.moveLineId())
                        .ascii(",\"lotId\":").number(o.lotId())
                        .ascii(",\"lotName\":");
                lotName(o.lotName()).ascii(",\"productId\":").number(o.productId())
                        .ascii(",\"productName\":");
                name(o.productName())
                        .ascii(",\"date\":");
                if (o.date() == null) {
                    bytes.ascii("null");
                } else {
                    bytes.ascii('"').instant(o.date()).ascii('"');
                }
                bytes.ascii(",\"reference\":").jsonString(o.reference())
                        .ascii(",\"type\":").jsonString(o.type())
                        .ascii(",\"sourceLocation\":");
                name(o.sourceLocation()).ascii(",\"destinationLocation\":");
                name(o.destinationLocation()).ascii(",\"quantity\":").ascii(o.quantity() == null ? "null"
                                : o.quantity().stripTrailingZeros().toPlainString())
                        .ascii(",\"partner\":");
                name(o.partner()).ascii("}\n");
            }

            @Override
            void text(StreamBytes to, String value) {
                to.jsonString(value);
            }
        };
    }

    /** The header, then one record a row, CRLF after each; texts through {@link SpreadsheetCells#cell}. */
    static TraceStreamWriter csv(OutputStream out) {
        TraceStreamWriter writer = new TraceStreamWriter(out) {
            @Override
            void row(OperationView o) {
                bytes.number(o.depth()).ascii(',').number(o.moveLineId()).ascii(',').number(o.lotId()).ascii(',');
                lotName(o.lotName()).ascii(',').number(o.productId()).ascii(',');
                name(o.productName()).ascii(',');
                if (o.date() != null && StreamBytes.fourDigitYear(o.date())) {
                    bytes.instant(o.date());
                } else {
                    text(o.date() == null ? null : o.date().toString());
                }
                bytes.ascii(',');
                text(o.reference()).ascii(',');
                text(o.type()).ascii(',');
                name(o.sourceLocation()).ascii(',');
                name(o.destinationLocation()).ascii(',');
                if (o.quantity() != null) {
                    bytes.ascii(o.quantity().toPlainString());
                }
                bytes.ascii(',');
                name(o.partner()).ascii("\r\n");
            }

            private StreamBytes text(String value) {
                text(bytes, value);
                return bytes;
            }

            @Override
            void text(StreamBytes to, String value) {
                to.csvCell((String) SpreadsheetCells.cell(value));
            }
        };
        writer.bytes.ascii(String.join(",", COLUMNS)).ascii("\r\n");
        return writer;
    }
}
