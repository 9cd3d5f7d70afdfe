package io.stocktrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.stocktrace.csv.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stream's own writer gives, byte for byte, what Jackson (NDJSON, with the API's plain quantities) and Commons CSV
 * (through {@link SpreadsheetCells}) gave before it: texts with quotes, commas, line breaks, control characters,
 * non-ASCII and formula starts; instants with and without fractions, far in the past and future; nulls.
 */
class TraceStreamWriterTest {
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final String[] TEXTS = {"", "plain", "WH/Stock", "a,b", "say \"hi\"", "line\nbreak", "cr\rlf",
        "tab\there", "\ttab first", " space first", "space last ", "#hash", "!bang", "=SUM(A1)", "+1", "-5", "@me",
        "'=quoted", "''-x", "Crème brûlée", "日本語", "emoji \uD83C\uDF70 cake", "ctrl \u0001\u001f end", "back\\slash",
        "\b\f", "\u2028 separator", "'", "\"", "x\"", "end,"};

    private static List<TraceStreamWriter.OperationView> rows() {
        Random random = new Random(42);
        List<TraceStreamWriter.OperationView> rows = new ArrayList<>();
        List<Instant> instants = List.of(Instant.parse("2027-03-01T08:00:00Z"), Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("2024-02-29T12:34:56.123456Z"),
                Instant.parse("2000-01-01T00:00:00.000000001Z"), Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.5Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.ofEpochSecond(random.nextInt(), 1000));
        for (int i = 0; i < 400; i++) {
            Instant date = i < instants.size() ? instants.get(i)
                    : Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L), random.nextInt(3) == 0
                            ? random.nextInt(1_000_000_000) : 0);
            rows.add(new TraceStreamWriter.OperationView(i % 4, random.nextLong(1, Long.MAX_VALUE), i - 200,
                    text(random, i), random.nextLong(), text(random, i + 1), i == 3 ? null : date, text(random, i + 2),
                    "consumption", text(random, i + 3), text(random, i + 4),
                    i == 5 ? null : new BigDecimal(random.nextInt(1_000_000_000)).movePointLeft(4),
                    i % 3 == 0 ? null : text(random, i + 5)));
        }
        return rows;
    }

    private static String text(Random random, int i) {
        return i < TEXTS.length ? TEXTS[i] : TEXTS[random.nextInt(TEXTS.length)] + TEXTS[random.nextInt(TEXTS.length)];
    }

    private static String written(Function<java.io.OutputStream, TraceStreamWriter> writer,
                                  List<TraceStreamWriter.OperationView> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceStreamWriter w = writer.apply(out)) {
            w.write(rows.subList(0, rows.size() / 2));
            w.write(rows.subList(rows.size() / 2, rows.size()));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ndjson_is_what_jackson_writes_for_the_pages_objects() throws IOException {
        List<TraceStreamWriter.OperationView> rows = rows();
        StringBuilder expected = new StringBuilder();
        for (TraceStreamWriter.OperationView o : rows) {
            TraceStreamWriter.OperationView plain = new TraceStreamWriter.OperationView(o.depth(), o.moveLineId(),
                    o.lotId(), o.lotName(), o.productId(), o.productName(), o.date(), o.reference(), o.type(),
                    o.sourceLocation(), o.destinationLocation(),
                    o.quantity() == null ? null : o.quantity().stripTrailingZeros(), o.partner());
            expected.append(JSON.writeValueAsString(plain)).append('\n');
        }
        String ndjson = written(TraceStreamWriter::ndjson, rows);
        assertThat(ndjson.lines().map(JSON::readTree).toList())
                .isEqualTo(expected.toString().lines().map(JSON::readTree).toList());
        assertThat(ndjson).isEqualTo(expected.toString().replace("\\/", "/"));
    }

    @Test
    void csv_is_what_commons_csv_writes_with_spreadsheet_safe_cells() throws IOException {
        List<TraceStreamWriter.OperationView> rows = rows();
        StringWriter expected = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setHeader(TraceStreamWriter.COLUMNS).get())) {
            for (TraceStreamWriter.OperationView o : rows) {
                SpreadsheetCells.print(csv, o.depth(), o.moveLineId(), o.lotId(), o.lotName(), o.productId(),
                        o.productName(), o.date(), o.reference(), o.type(), o.sourceLocation(),
                        o.destinationLocation(), o.quantity(), o.partner());
            }
        }
        assertThat(written(TraceStreamWriter::csv, rows)).isEqualTo(expected.toString());
    }

    @Test
    void instants_are_written_as_instant_writes_them() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StreamBytes bytes = new StreamBytes(out);
            bytes.instant(instant);
            bytes.close();
            assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(instant.toString());
        }
    }
}
